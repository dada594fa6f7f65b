import type { Prisma } from "@/lib/db/generated/client";
import { getPrisma } from "@/lib/db/client";

/**
 * Ends sessions on the server: one (`sessionId`, a sign-out), or all of a user's but `except` (sign out everywhere,
 * a demotion, later a password change). A copied cookie stops working at once. Callers disconnect the user's open
 * sockets after commit: they reconnect, and the handshake refuses a revoked session.
 */
export async function revokeSessions(
  where: { userId: string; except?: string } | { sessionId: string },
  db?: Prisma.TransactionClient,
): Promise<number> {
  const client = db ?? (await getPrisma());
  const filter =
    "sessionId" in where
      ? { id: where.sessionId }
      : { userId: where.userId, ...(where.except ? { id: { not: where.except } } : {}) };
  const { count } = await client.session.updateMany({
    where: { ...filter, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}
