// One instance reads a mailbox at a time: it holds a lease row (owner, until) that it renews while reading. A crashed
// holder's lease runs out and another instance takes over; every cursor move is fenced by the lease.
import { getPrisma } from "@/lib/db/client";

/** Takes the mailbox when it is free, expired or already ours; renews it when ours. */
export async function claimMailboxLease(mailboxId: string, owner: string, ms: number): Promise<boolean> {
  const prisma = await getPrisma();
  const now = new Date();
  const { count } = await prisma.mailbox.updateMany({
    where: {
      id: mailboxId,
      active: true,
      OR: [{ leaseOwner: null }, { leaseOwner: owner }, { leaseUntil: { lt: now } }],
    },
    data: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + ms) },
  });
  return count === 1;
}

export async function releaseMailboxLease(mailboxId: string, owner: string): Promise<void> {
  const prisma = await getPrisma();
  await prisma.mailbox.updateMany({
    where: { id: mailboxId, leaseOwner: owner },
    data: { leaseOwner: null, leaseUntil: null },
  });
}

/**
 * Moves the read cursor past `uid` (never back), only while we hold the lease. False: we lost it, stop reading. A
 * UIDVALIDITY we have not seen resets the cursor: the mailbox was rebuilt, and storing is idempotent anyway.
 */
export async function advanceMailboxCursor(
  mailboxId: string,
  owner: string,
  uidValidity: bigint,
  uid: number,
): Promise<boolean> {
  const prisma = await getPrisma();
  const { count } = await prisma.mailbox.updateMany({
    where: { id: mailboxId, leaseOwner: owner, uidValidity, lastUid: { lt: uid } },
    data: { lastUid: uid, lastSyncAt: new Date(), lastError: null },
  });
  if (count === 1) return true;
  return (await prisma.mailbox.count({ where: { id: mailboxId, leaseOwner: owner } })) === 1;
}

/** The cursor for this UIDVALIDITY (0 when it changed), recorded under the lease. */
export async function mailboxCursor(mailboxId: string, owner: string, uidValidity: bigint): Promise<number | null> {
  const prisma = await getPrisma();
  await prisma.mailbox.updateMany({
    where: { id: mailboxId, leaseOwner: owner, OR: [{ uidValidity: null }, { NOT: { uidValidity } }] },
    data: { uidValidity, lastUid: 0 },
  });
  const box = await prisma.mailbox.findFirst({
    where: { id: mailboxId, leaseOwner: owner },
    select: { lastUid: true },
  });
  return box?.lastUid ?? null;
}

export async function recordMailboxError(mailboxId: string, error: unknown): Promise<void> {
  const prisma = await getPrisma();
  await prisma.mailbox.updateMany({
    where: { id: mailboxId },
    data: { lastError: String((error as Error)?.message ?? error).slice(0, 500) },
  });
}
