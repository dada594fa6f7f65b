import { decryptSecret, recoveryCodeHash, verifyTotp } from "@/lib/auth/totp";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { recordAudit } from "@/lib/services/audit/record-audit";
import { revokeSessions } from "@/lib/services/sessions/revoke-sessions";

/** Five wrong codes end the waiting sign-in: the password step must be done again (and is limited on its own). */
export const SECOND_FACTOR_TRIES = 5;

/**
 * The second step of a sign-in with 2FA: a code from the app (never one already used) or one of the recovery codes
 * (then used up). Until it succeeds the session grants nothing (lib/auth/session.ts), so calling next-auth directly
 * gets a password-only session that every request refuses.
 */
export async function completeSignIn({
  pending,
  code,
  ip,
}: {
  pending: { userId: string; sessionId: string };
  code: string;
  ip: string;
}): Promise<{ method: "totp" | "recovery" }> {
  const { userId, sessionId } = pending;
  const prisma = await getPrisma();
  try {
    await consumeOrThrow(limiter("two-factor", SECOND_FACTOR_TRIES, 600), userId);
  } catch (error) {
    await revokeSessions({ sessionId });
    throw error;
  }
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  const secret = user.totpEnabledAt && user.totpSecret ? decryptSecret(user.totpSecret) : null;
  const typed = code.trim();
  const step = secret ? verifyTotp(secret, typed.replace(/\s/g, ""), user.totpLastStep) : null;
  const method = step !== null ? "totp" : "recovery";
  const done = await prisma.$transaction(async (tx) => {
    if (step !== null) {
      // Claims the step atomically, so two requests racing with the same code cannot both pass.
      const claimed = await tx.user.updateMany({
        where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      });
      if (claimed.count === 0) return false;
    } else {
      const hash = recoveryCodeHash(typed);
      if (!hash) return false;
      const used = await tx.recoveryCode.updateMany({
        where: { userId, codeHash: hash, usedAt: null },
        data: { usedAt: new Date() },
      });
      if (used.count === 0) return false;
    }
    await tx.session.update({ where: { id: sessionId }, data: { secondFactorPending: false, lastSeenAt: new Date() } });
    await recordAudit(tx, {
      actorId: userId,
      action: "signin.second_factor",
      targetId: userId,
      ip,
      data: { method, sessionId },
    });
    return true;
  });
  if (!done) {
    await recordAudit(prisma, { actorId: userId, action: "signin.second_factor_failed", targetId: userId, ip });
    throw new AppError("VALIDATION_FAILED", "twoFactorCodeWrong", {}, { code: "twoFactorCodeWrong" });
  }
  await limiter("two-factor", SECOND_FACTOR_TRIES, 600).delete(userId);
  return { method };
}
