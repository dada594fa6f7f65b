import { getPrisma } from "@/lib/db/client";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";

/** The audit trail of every verified sign-in, and the `customer.identified` webhook, in one transaction. */
export async function recordIdentified(input: {
  userId: string;
  siteId: string;
  externalId: string;
  created: boolean;
  ip?: string;
}) {
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    await tx.auditEvent.create({
      data: {
        actorId: input.userId,
        action: "customer.identified",
        targetType: "User",
        targetId: input.userId,
        data: { siteId: input.siteId, externalId: input.externalId, created: input.created },
        ip: input.ip,
      },
    });
    await enqueueWebhook(tx, "customer.identified", {
      customer: { externalId: input.externalId, created: input.created },
    });
  });
}
