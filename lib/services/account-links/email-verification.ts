import type { Actor } from "@/lib/auth/actor";
import { requireAccount } from "@/lib/auth/guards";
import { hashToken } from "@/lib/auth/totp";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { newVerificationToken, VERIFY_MINUTES } from "@/lib/mail/address-confirmation";
import { accountEmail } from "@/lib/mail/account-emails";
import { enqueueEmail } from "@/lib/mail/outbox";
import { markAddressProven } from "@/lib/mail/recipients";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { recordAudit } from "@/lib/services/audit/record-audit";

type Account = { id: string; contactEmail: string; locale: string | null };

/** Mails an account a link to prove its address; older unused links of the account stop working. */
export async function sendAccountVerification(tx: Prisma.TransactionClient, account: Account): Promise<void> {
  await tx.authToken.updateMany({
    where: { kind: "EMAIL_VERIFY", userId: account.id, usedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const token = await newVerificationToken(tx, account.contactEmail, account.id);
  await enqueueEmail(
    tx,
    accountEmail("verify", { address: account.contactEmail, locale: account.locale }, token, VERIFY_MINUTES),
  );
}

/** "Send the link again" from the banner: 3 an hour per account (and the per-recipient limit behind it). */
export async function resendAccountVerification({ actor }: { actor: Actor }): Promise<{ sent: boolean }> {
  const account = requireAccount(actor);
  await consumeOrThrow(limiter("verify-resend", 3, 3600), account.id);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: account.id },
      select: { id: true, contactEmail: true, locale: true, emailVerifiedAt: true },
    });
    if (user.emailVerifiedAt) return { sent: false };
    await sendAccountVerification(tx, user);
    return { sent: true };
  });
}

/**
 * Opens a verification or confirmation link (a POST from the page it leads to, so a mail scanner fetching the link
 * proves nothing). Works once and within its day; the address becomes proven, an account's `emailVerifiedAt` is set
 * (if its address is still the one mailed), and mail held for the address goes out.
 */
export async function verifyEmail({ token, ip }: { token: string; ip: string }): Promise<{ released: number }> {
  await consumeOrThrow(limiter("reset-use", 20, 3600), ip);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const found = await tx.authToken.findUnique({ where: { tokenHash: hashToken(token) } });
    if (found?.kind !== "EMAIL_VERIFY" || found.usedAt || found.revokedAt || found.expiresAt < new Date())
      throw new AppError("BAD_REQUEST", "verifyLinkInvalid");
    const claimed = await tx.authToken.updateMany({
      where: { id: found.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count === 0) throw new AppError("BAD_REQUEST", "verifyLinkInvalid");
    if (found.userId)
      await tx.user.updateMany({
        where: { id: found.userId, contactEmail: { equals: found.email, mode: "insensitive" } },
        data: { emailVerifiedAt: new Date() },
      });
    const released = await markAddressProven(tx, found.email, "link");
    await recordAudit(tx, {
      actorId: found.userId,
      action: "email.verified",
      targetId: found.userId,
      ip,
      data: { email: found.email, released },
    });
    return { released };
  });
}

/** Whether the banner asks this account to confirm its address. */
export async function needsEmailVerification(actor: Actor | null): Promise<string | null> {
  if (!actor || actor.isGuest || actor.role !== "CUSTOMER") return null;
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { contactEmail: true, emailVerifiedAt: true },
  });
  return user && !user.emailVerifiedAt ? user.contactEmail : null;
}
