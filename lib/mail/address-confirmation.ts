// The one mail an unproven address gets when someone gave it to us: Beacon's own text and a link to prove it.
import { hashToken, newLinkToken } from "@/lib/auth/totp";
import { accountEmail } from "./account-emails";
import { enqueueEmail, type OutboxWriter } from "./outbox";

/** Verification and confirmation links work once, for a day. */
export const VERIFY_MINUTES = 24 * 60;
/** While a confirmation sent this recently is still unused, more held mail does not send another. */
const CONFIRMATION_QUIET_MS = 3600_000;

/** A new email-verification link for `address`, its token stored hashed; `userId` for an account's own address. */
export async function newVerificationToken(
  tx: OutboxWriter,
  address: string,
  userId: string | null = null,
): Promise<string> {
  const token = newLinkToken();
  await tx.authToken.create({
    data: {
      kind: "EMAIL_VERIFY",
      tokenHash: hashToken(token),
      email: address,
      userId,
      expiresAt: new Date(Date.now() + VERIFY_MINUTES * 60_000),
    },
  });
  return token;
}

/** Mail with people's text is waiting for `address`: ask its owner to confirm (once an hour at most). */
export async function queueAddressConfirmation(tx: OutboxWriter, address: string, locale: string | null) {
  const recent = await tx.authToken.findFirst({
    where: {
      kind: "EMAIL_VERIFY",
      email: address,
      usedAt: null,
      createdAt: { gte: new Date(Date.now() - CONFIRMATION_QUIET_MS) },
    },
    select: { id: true },
  });
  if (recent) return;
  const token = await newVerificationToken(tx, address);
  await enqueueEmail(tx, accountEmail("confirm", { address, locale }, token, VERIFY_MINUTES));
}
