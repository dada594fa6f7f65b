import { getPrisma } from "@/lib/db/client";

/** The audit trail of every verified sign-in (the webhook `customer.identified` hangs off the same moment). */
export async function recordIdentified(input: { userId: string; siteId: string; externalId: string; created: boolean; ip?: string }) {
  const prisma = await getPrisma();
  await prisma.auditEvent.create({
    data: {
      actorId: input.userId,
      action: "customer.identified",
      targetType: "User",
      targetId: input.userId,
      data: { siteId: input.siteId, externalId: input.externalId, created: input.created },
      ip: input.ip,
    },
  });
}
