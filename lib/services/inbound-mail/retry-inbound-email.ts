import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { processInboundEmails } from "./process-inbound-emails";

/** Admins import a failed or set-aside mail again (after fixing a topic, say); the outcome is what the import decides. */
export async function retryInboundEmail({ actor, id }: { actor: Actor; id: string }) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const { count } = await prisma.inboundEmail.updateMany({
    where: { id, status: { in: ["FAILED", "IGNORED"] } },
    data: { status: "RECEIVED", reason: null, attempts: 0, claimedUntil: null, processedAt: null },
  });
  if (!count) throw notFound();
  await processInboundEmails({ ids: [id] });
  return prisma.inboundEmail.findUniqueOrThrow({ where: { id }, select: { status: true, reason: true } });
}
