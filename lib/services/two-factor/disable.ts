import type { Actor } from "@/lib/auth/actor";
import { requireAccount, requireAdmin } from "@/lib/auth/guards";
import { verifyPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { rooms } from "@/lib/realtime/events";
import { getIo } from "@/lib/realtime/publish";
import { recordAudit } from "@/lib/services/audit/record-audit";
import { revokeSessions } from "@/lib/services/sessions/revoke-sessions";

const CLEARED = { totpSecret: null, totpEnabledAt: null, totpLastStep: null } satisfies Prisma.UserUpdateInput;

/** Turns one's own 2FA off, proving the password (5 tries in 10 minutes); other sessions end, audited. */
export async function disableTwoFactor({ actor, password }: { actor: Actor; password: string }): Promise<void> {
  const account = requireAccount(actor);
  await consumeOrThrow(limiter("password-change", 5, 600), account.id);
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { id: account.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user?.passwordHash, password))) {
    throw new AppError("VALIDATION_FAILED", "currentPasswordWrong", {}, { password: "currentPasswordWrong" });
  }
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: account.id }, data: CLEARED });
    await tx.recoveryCode.deleteMany({ where: { userId: account.id } });
    const ended = await revokeSessions({ userId: account.id, except: account.sessionId }, tx);
    await recordAudit(tx, {
      actorId: account.id,
      action: "2fa.disabled",
      targetId: account.id,
      data: { endedSessions: ended },
    });
  });
  getIo()?.in(rooms.user(account.id)).disconnectSockets();
}

/**
 * An admin resets a member's 2FA (a lost phone and no recovery codes left): every session of that account ends, and
 * they set it up again at their next sign-in. Audited with both names.
 */
export async function resetTwoFactor({ actor, userId }: { actor: Actor; userId: string }): Promise<void> {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, isGuest: false }, data: CLEARED });
    if (count === 0) throw new AppError("NOT_FOUND");
    await tx.recoveryCode.deleteMany({ where: { userId } });
    const ended = await revokeSessions({ userId }, tx);
    await recordAudit(tx, { actorId: admin.id, action: "2fa.reset", targetId: userId, data: { endedSessions: ended } });
  });
  getIo()?.in(rooms.user(userId)).disconnectSockets();
}
