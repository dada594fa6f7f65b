import { hashPassword } from "@/lib/auth/password";
import { hashToken, newLinkToken } from "@/lib/auth/totp";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { accountEmail } from "@/lib/mail/account-emails";
import { enqueueEmail } from "@/lib/mail/outbox";
import { markAddressProven } from "@/lib/mail/recipients";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { rooms } from "@/lib/realtime/events";
import { getIo } from "@/lib/realtime/publish";
import { recordAudit } from "@/lib/services/audit/record-audit";
import { revokeSessions } from "@/lib/services/sessions/revoke-sessions";

export const RESET_MINUTES = 30;
/** Per requesting address (scripts) and per target address (so nobody's inbox is flooded with reset mail). */
export const RESET_LIMITS = { perIp: { points: 10, seconds: 3600 }, perEmail: { points: 3, seconds: 3600 } };

/**
 * "Forgot password": the same answer whether or not the address has an account (no enumeration). A known account
 * gets one mail with a link valid for 30 minutes; only the token's SHA-256 is stored, and older links stop working.
 */
export async function requestPasswordReset({
  email,
  ip,
}: {
  email: string;
  ip: string;
  locale?: Locale;
}): Promise<void> {
  await consumeOrThrow(
    limiter("reset-ip", RESET_LIMITS.perIp.points, RESET_LIMITS.perIp.seconds),
    ip,
    "resetRateLimited",
  );
  const address = email.trim().toLowerCase();
  // Past the per-address limit the answer stays the same; the mail is simply not sent.
  const perEmail = limiter("reset-email", RESET_LIMITS.perEmail.points, RESET_LIMITS.perEmail.seconds);
  const allowed = await perEmail.consume(address).then(
    () => true,
    () => false,
  );
  const prisma = await getPrisma();
  const user = await prisma.user.findFirst({
    where: { email: address, isGuest: false, passwordHash: { not: null } },
    select: { id: true, name: true, email: true, locale: true },
  });
  if (!user?.email || !allowed) {
    await recordAudit(prisma, {
      actorId: null,
      action: "password.reset_requested",
      ip,
      data: { email: address, sent: false },
    });
    return;
  }
  const token = newLinkToken();
  await prisma.$transaction(async (tx) => {
    await tx.authToken.updateMany({
      where: { kind: "PASSWORD_RESET", userId: user.id, usedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await tx.authToken.create({
      data: {
        kind: "PASSWORD_RESET",
        tokenHash: hashToken(token),
        email: user.email!,
        userId: user.id,
        expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
      },
    });
    const mail = accountEmail("reset", { address: user.email!, locale: user.locale }, token, RESET_MINUTES);
    await enqueueEmail(tx, mail);
    await recordAudit(tx, {
      actorId: null,
      action: "password.reset_requested",
      targetId: user.id,
      ip,
      data: { sent: true },
    });
  });
}

/**
 * Sets a new password from a reset link: the link works once and within its 30 minutes; every session of the account
 * ends (whoever had the old password is out). 2FA stays on: the next sign-in still asks for the code.
 */
export async function resetPassword({ token, newPassword, ip }: { token: string; newPassword: string; ip: string }) {
  await consumeOrThrow(limiter("reset-use", 20, 3600), ip);
  const prisma = await getPrisma();
  const passwordHash = await hashPassword(newPassword);
  const userId = await prisma.$transaction(async (tx) => {
    const found = await tx.authToken.findUnique({ where: { tokenHash: hashToken(token) } });
    const usable = found?.kind === "PASSWORD_RESET" && found.userId && !found.usedAt && !found.revokedAt;
    if (!usable || found.expiresAt < new Date()) throw new AppError("BAD_REQUEST", "resetLinkInvalid");
    // Claimed atomically: two requests with the same link cannot both set a password.
    const claimed = await tx.authToken.updateMany({
      where: { id: found.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count === 0) throw new AppError("BAD_REQUEST", "resetLinkInvalid");
    // The link arrived at the address: it is proven.
    await tx.user.update({
      where: { id: found.userId! },
      data: { passwordHash, emailVerifiedAt: new Date() },
    });
    await markAddressProven(tx, found.email, "link");
    const ended = await revokeSessions({ userId: found.userId! }, tx);
    await recordAudit(tx, {
      actorId: found.userId,
      action: "password.reset",
      targetId: found.userId,
      ip,
      data: { endedSessions: ended },
    });
    return found.userId!;
  });
  getIo()?.in(rooms.user(userId)).disconnectSockets();
}
