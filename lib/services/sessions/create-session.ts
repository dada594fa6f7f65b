import { getPrisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";

/** How long a sign-in lasts: staff see customers' data and start account actions, so theirs is a working day. */
export const SESSION_LIFETIME_MS = { staff: 12 * 60 * 60 * 1000, customer: 30 * 24 * 60 * 60 * 1000 };

export const sessionLifetimeMs = (role: Role) =>
  role === "CUSTOMER" ? SESSION_LIFETIME_MS.customer : SESSION_LIFETIME_MS.staff;

/** Records a sign-in; its id goes into the session cookie and is checked on every request and socket handshake. */
export async function createSession({
  userId,
  role,
  ip,
  userAgent,
  secondFactorPending = false,
}: {
  userId: string;
  role: Role;
  ip?: string;
  userAgent?: string;
  /** The account has 2FA: the session grants nothing until the code step (lib/services/two-factor). */
  secondFactorPending?: boolean;
}): Promise<string> {
  const prisma = await getPrisma();
  const session = await prisma.session.create({
    data: {
      userId,
      expiresAt: new Date(Date.now() + sessionLifetimeMs(role)),
      ip: ip?.slice(0, 64),
      userAgent: userAgent?.slice(0, 300),
      secondFactorPending,
    },
    select: { id: true },
  });
  return session.id;
}
