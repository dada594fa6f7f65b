import QRCode from "qrcode";
import type { Actor } from "@/lib/auth/actor";
import { requireAccount } from "@/lib/auth/guards";
import { decryptSecret, encryptSecret, newTotpSecret, totpUri, verifyTotp } from "@/lib/auth/totp";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { rooms } from "@/lib/realtime/events";
import { getIo } from "@/lib/realtime/publish";
import { recordAudit } from "@/lib/services/audit/record-audit";
import { revokeSessions } from "@/lib/services/sessions/revoke-sessions";
import { replaceRecoveryCodes } from "./recovery-codes";

export type TwoFactorSetup = { secret: string; uri: string; qrSvg: string };

/**
 * Starts setting up 2FA: a new secret, kept encrypted and not yet in force. The secret is shown (as a QR code and as
 * text) only in this answer; once 2FA is on, nothing reads it back out.
 */
export async function startTwoFactorSetup({ actor }: { actor: Actor }): Promise<TwoFactorSetup> {
  const account = requireAccount(actor);
  const prisma = await getPrisma();
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: account.id },
    select: { totpEnabledAt: true, email: true },
  });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "twoFactorAlreadyOn");
  const secret = newTotpSecret();
  await prisma.user.update({
    where: { id: account.id },
    data: { totpSecret: encryptSecret(secret), totpLastStep: null },
  });
  const uri = totpUri(secret, user.email ?? account.name);
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, uri, qrSvg };
}

/**
 * Turns 2FA on once a code from the app proves the secret was scanned; returns the ten recovery codes, shown once.
 * Every other session ends (whoever was signed in elsewhere signed in without the second factor).
 */
export async function enableTwoFactor({
  actor,
  code,
}: {
  actor: Actor;
  code: string;
}): Promise<{ recoveryCodes: string[] }> {
  const account = requireAccount(actor);
  await consumeOrThrow(limiter("two-factor-setup", 10, 600), account.id);
  const prisma = await getPrisma();
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: account.id },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "twoFactorAlreadyOn");
  const secret = user.totpSecret ? decryptSecret(user.totpSecret) : null;
  if (!secret) throw new AppError("CONFLICT", "twoFactorSetupMissing");
  const step = verifyTotp(secret, code);
  if (step === null) throw new AppError("VALIDATION_FAILED", "twoFactorCodeWrong", {}, { code: "twoFactorCodeWrong" });
  const recoveryCodes = await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: account.id }, data: { totpEnabledAt: new Date(), totpLastStep: step } });
    const codes = await replaceRecoveryCodes(tx, account.id);
    const ended = await revokeSessions({ userId: account.id, except: account.sessionId }, tx);
    await recordAudit(tx, {
      actorId: account.id,
      action: "2fa.enabled",
      targetId: account.id,
      data: { endedSessions: ended },
    });
    return codes;
  });
  getIo()?.in(rooms.user(account.id)).disconnectSockets();
  return { recoveryCodes };
}
