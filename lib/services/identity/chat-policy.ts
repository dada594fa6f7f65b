import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findSite } from "./identify-customer";

/** Whether this customer's identity was signed by the exchange (their chats and tickets carry the badge). */
export async function isVerifiedCustomer(actor: Actor | null): Promise<boolean> {
  if (!actor || actor.isGuest) return false;
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { id: actor.id }, select: { externalId: true } });
  return Boolean(user?.externalId);
}

/** Whether the site (the portal when none is named) lets only verified customers chat. */
export async function identityRequired(siteKey: string | null | undefined): Promise<boolean> {
  return (await findSite(siteKey))?.identityRequired ?? false;
}

/**
 * With "identity required" on a site, only customers the exchange vouched for may chat; everyone may still read the
 * help center. Returns whether the actor is verified, for the chat's badge.
 */
export async function checkMayChat({
  actor,
  siteKey,
}: {
  actor: Actor | null;
  siteKey: string | null | undefined;
}): Promise<boolean> {
  const [verified, required] = await Promise.all([isVerifiedCustomer(actor), identityRequired(siteKey)]);
  if (required && !verified) throw new AppError("FORBIDDEN", "exchange.identityRequired");
  return verified;
}
