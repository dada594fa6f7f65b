import type { Actor } from "@/lib/auth/actor";
import { requireAccount } from "@/lib/auth/guards";
import type { SessionDto } from "@/lib/contracts/auth";
import { getPrisma } from "@/lib/db/client";

/** The actor's live sessions (signed in, not ended, not expired, past any second step), the latest first. */
export async function findMySessions({ actor }: { actor: Actor }): Promise<SessionDto[]> {
  const account = requireAccount(actor);
  const prisma = await getPrisma();
  const rows = await prisma.session.findMany({
    where: { userId: account.id, revokedAt: null, secondFactorPending: false, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
  });
  return rows.map((row) => ({
    id: row.id,
    current: row.id === account.sessionId,
    ip: row.ip,
    userAgent: row.userAgent,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
  }));
}
