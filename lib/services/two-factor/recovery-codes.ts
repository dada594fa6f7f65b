import type { Actor } from "@/lib/auth/actor";
import { requireAccount } from "@/lib/auth/guards";
import { verifyPassword } from "@/lib/auth/password";
import { decryptSecret, hashToken, newRecoveryCodes, verifyTotp } from "@/lib/auth/totp";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { recordAudit } from "@/lib/services/audit/record-audit";

/** Replaces an account's recovery codes with ten new ones (the old ones stop working); returns them, shown once. */
export async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((value) => ({ userId, codeHash: hashToken(value) })) });
  return codes;
}

/**
 * New recovery codes for an account with 2FA (the old ones used up or seen by someone), proven by the password or a
 * current code from the app (never one already used). Shares the password-change limit: 5 tries in 10 minutes.
 */
export async function regenerateRecoveryCodes({
  actor,
  password,
  code,
}: {
  actor: Actor;
  password?: string;
  code?: string;
}): Promise<{ recoveryCodes: string[] }> {
  const account = requireAccount(actor);
  await consumeOrThrow(limiter("password-change", 5, 600), account.id);
  const prisma = await getPrisma();
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: account.id },
    select: { passwordHash: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!user.totpEnabledAt) throw new AppError("CONFLICT", "twoFactorNotOn");
  const secret = user.totpSecret ? decryptSecret(user.totpSecret) : null;
  const step = code && secret ? verifyTotp(secret, code.replace(/\s/g, ""), user.totpLastStep) : null;
  if (code !== undefined && step === null)
    throw new AppError("VALIDATION_FAILED", "twoFactorCodeWrong", {}, { code: "twoFactorCodeWrong" });
  if (code === undefined && !(await verifyPassword(user.passwordHash, password ?? "")))
    throw new AppError("VALIDATION_FAILED", "currentPasswordWrong", {}, { password: "currentPasswordWrong" });
  const recoveryCodes = await prisma.$transaction(async (tx) => {
    if (step !== null) {
      // Claims the step, so the same code cannot be used twice (here or at sign-in).
      const claimed = await tx.user.updateMany({
        where: { id: account.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      });
      if (claimed.count === 0)
        throw new AppError("VALIDATION_FAILED", "twoFactorCodeWrong", {}, { code: "twoFactorCodeWrong" });
    }
    const codes = await replaceRecoveryCodes(tx, account.id);
    await recordAudit(tx, {
      actorId: account.id,
      action: "2fa.recovery_codes_regenerated",
      targetId: account.id,
      data: { proof: step !== null ? "code" : "password" },
    });
    return codes;
  });
  return { recoveryCodes };
}
