import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { getPrisma } from "@/lib/db/client";

/** A site that signs identity tokens with HS256 (or, with jwksUrl, with keys from there). */
export async function createSite(options: { key?: string; jwksUrl?: string; identityRequired?: boolean } = {}) {
  const prisma = await getPrisma();
  const key = options.key ?? `site-${randomUUID().slice(0, 8)}`;
  return prisma.identitySite.create({
    data: {
      key,
      name: `Exchange ${key}`,
      issuer: `https://${key}.exchange.test`,
      audience: "beacon",
      secret: options.jwksUrl ? null : `secret-${randomUUID()}`,
      jwksUrl: options.jwksUrl ?? null,
      identityRequired: options.identityRequired ?? false,
    },
  });
}

type Site = { issuer: string; audience: string; secret: string | null };
type Claims = Record<string, unknown> & { sub?: string };

/** What an exchange backend does: sign the signed-in user's identity, valid for five minutes. */
export async function signIdentity(
  site: Site,
  claims: Claims = {},
  options: { expiresIn?: string; issuer?: string; audience?: string; secret?: string } = {},
) {
  const sub = claims.sub ?? `u-${randomUUID().slice(0, 10)}`;
  return new SignJWT({ email: `${sub}@exchange.test`, ...claims, sub })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(options.issuer ?? site.issuer)
    .setAudience(options.audience ?? site.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "5m")
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(options.secret ?? site.secret ?? ""));
}
