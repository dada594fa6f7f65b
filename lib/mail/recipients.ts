// Who may receive which mail (docs/security.md, "Mail only where it is wanted"): people's text goes only to proven
// addresses, and no address gets more than a few mails an hour from us.
import type { Prisma } from "@/lib/db/generated/client";

export type RecipientDb = Pick<Prisma.TransactionClient, "emailOutbox" | "provenAddress">;

/**
 * Mails an hour and a day one address may be sent. An unproven address only ever gets Beacon's own text (a
 * confirmation, a reset or invitation link), so a few suffice; a proven one gets a busy ticket's replies.
 */
export const RECIPIENT_LIMITS = {
  unproven: { hour: 3, day: 6 },
  proven: { hour: 30, day: 200 },
} as const;

/** Held mail older than this is never sent, even once the address is proven; at most `RELEASE_MAX` go out at once. */
export const HELD_DAYS = 7;
export const RELEASE_MAX = RECIPIENT_LIMITS.proven.hour;

export const normaliseAddress = (address: string): string => address.trim().toLowerCase();

export async function isProven(db: Pick<RecipientDb, "provenAddress">, address: string): Promise<boolean> {
  return Boolean(await db.provenAddress.findUnique({ where: { address: normaliseAddress(address) } }));
}

/** True when `address` already had its hourly or daily share of mail (held and refused mail do not count). */
export async function overRecipientLimit(db: RecipientDb, address: string, proven: boolean): Promise<boolean> {
  const limit = RECIPIENT_LIMITS[proven ? "proven" : "unproven"];
  const since = (ms: number) => ({
    to: normaliseAddress(address),
    status: { in: ["PENDING" as const, "SENT" as const] },
    createdAt: { gte: new Date(Date.now() - ms) },
  });
  const [hour, day] = await Promise.all([
    db.emailOutbox.count({ where: since(3600_000) }),
    db.emailOutbox.count({ where: since(86_400_000) }),
  ]);
  return hour >= limit.hour || day >= limit.day;
}

/**
 * Records that the address's owner proved it (clicked a link mailed to it, or mailed us from it), and sends the mail
 * held for it: the newest `RELEASE_MAX` of the last `HELD_DAYS` days. Returns how many were released.
 */
export async function markAddressProven(
  db: RecipientDb,
  address: string,
  via: "link" | "inbound" | "seed",
): Promise<number> {
  const key = normaliseAddress(address);
  await db.provenAddress.upsert({ where: { address: key }, create: { address: key, via }, update: {} });
  const held = await db.emailOutbox.findMany({
    where: { to: key, status: "HELD", createdAt: { gte: new Date(Date.now() - HELD_DAYS * 86_400_000) } },
    orderBy: { createdAt: "desc" },
    take: RELEASE_MAX,
    select: { id: true },
  });
  if (!held.length) return 0;
  const { count } = await db.emailOutbox.updateMany({
    where: { id: { in: held.map((row) => row.id) }, status: "HELD" },
    data: { status: "PENDING", nextAttemptAt: new Date() },
  });
  return count;
}
