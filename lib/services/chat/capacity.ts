import type { Prisma } from "@/lib/db/generated/client";

/**
 * Takes one of the agent's chat slots, only while they have one free (a conditional increment: concurrent accepts
 * never push an agent past maxConcurrentChats). False when the agent is full or has no profile.
 */
export async function takeChatSlot(tx: Prisma.TransactionClient, agentId: string): Promise<boolean> {
  const taken = await tx.agentProfile.updateMany({
    where: { userId: agentId, activeChats: { lt: tx.agentProfile.fields.maxConcurrentChats } },
    data: { activeChats: { increment: 1 }, lastAssignedAt: new Date() },
  });
  return taken.count === 1;
}

/** Gives a chat slot back (never below zero). */
export async function releaseChatSlot(tx: Prisma.TransactionClient, agentId: string | null): Promise<void> {
  if (!agentId) return;
  await tx.agentProfile.updateMany({
    where: { userId: agentId, activeChats: { gt: 0 } },
    data: { activeChats: { decrement: 1 } },
  });
}
