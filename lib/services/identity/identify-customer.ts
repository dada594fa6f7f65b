import { verifyIdentityToken } from "@/lib/auth/identity/verify-identity-token";
import { createIdentitySession } from "@/lib/auth/identity/identity-session";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { cachedRead } from "@/lib/db/read-cache";
import { AppError } from "@/lib/errors";
import { PORTAL_SITE_KEY } from "@/lib/contracts/identity";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { upsertCustomer } from "@/lib/services/customers/upsert-customer";
import { recordIdentified } from "./record-identified";

export type IdentifyCustomerOptions = { token: string; siteKey?: string | null; ip?: string };

// Read on every chat start (its "identity required" setting); an admin rarely changes a site.
const readSites = cachedRead(["IdentitySite"], (prisma: PrismaClient) => prisma.identitySite.findMany());

/** A site's key, or the portal's when a request names none. */
export async function findSite(siteKey: string | null | undefined) {
  const key = siteKey || PORTAL_SITE_KEY;
  return (await readSites(await getPrisma())).find((site) => site.key === key) ?? null;
}

/**
 * Accepts an identity token signed by the exchange: verifies it against the site's keys, refuses a second use of its
 * jti, and upserts the customer by external id with the claims. Returns the customer and a widget session.
 */
export async function identifyCustomer({ token, siteKey, ip }: IdentifyCustomerOptions) {
  const site = await findSite(siteKey);
  if (!site) throw new AppError("UNAUTHENTICATED", "exchange.identitySiteUnknown");
  const { claims, jti, expiresAt } = await verifyIdentityToken(token, site);
  const prisma = await getPrisma();
  try {
    await prisma.identityTokenUse.create({ data: { siteId: site.id, jti, expiresAt } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("UNAUTHENTICATED", "exchange.identityReplayed");
    throw error;
  }
  const { sub, ...profile } = claims;
  const { user, created } = await upsertCustomer({ externalId: sub, profile, verifiedAt: new Date(), mode: "merge" });
  await recordIdentified({ userId: user.id, siteId: site.id, externalId: sub, created, ip });
  return { user, site, session: createIdentitySession(user.id) };
}

/** Forgets used jtis once their tokens have expired (a replay after that fails on `exp`). */
export async function purgeIdentityTokenUses(now = new Date()): Promise<number> {
  const prisma = await getPrisma();
  return (await prisma.identityTokenUse.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 60_000) } } }))
    .count;
}
