import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { identityClaimsSchema, type IdentityClaims } from "@/lib/contracts/identity";

/** What verification needs from a site: see IdentitySite in prisma/schema.prisma. */
export type VerifyingSite = { issuer: string; audience: string; secret: string | null; jwksUrl: string | null };

/** Identity tokens are short-lived: at most this old (iat), and valid at most this long (exp − iat). */
export const MAX_TOKEN_AGE_SECONDS = 600;
const CLOCK_TOLERANCE_SECONDS = 30;

const jwksCache = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
function remoteKeys(url: string) {
  let keys = jwksCache.get(url);
  // jose caches the key set and refetches on an unknown `kid` (at most every 30 s).
  if (!keys)
    jwksCache.set(url, (keys = createRemoteJWKSet(new URL(url), { timeoutDuration: 5_000, cooldownDuration: 30_000 })));
  return keys;
}

const refuse = (key: string) => new AppError("UNAUTHENTICATED", `exchange.${key}`);

/** jose's refusal, as one of our clear errors (never the library's text, which may echo the token). */
function explain(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof errors.JWTExpired) return refuse("identityExpired");
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "aud") return refuse("identityAudience");
    if (error.claim === "iss") return refuse("identityIssuer");
    if (error.claim === "iat" || error.claim === "nbf") return refuse("identityExpired");
    return refuse("identityClaims");
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return refuse("identityForged");
  if (
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid
  )
    return refuse("identityMalformed");
  if (error instanceof errors.JOSEError) return refuse("identityKeysUnavailable");
  return refuse("identityMalformed");
}

/**
 * Checks an exchange-signed identity token: signature (HS256 with the site's secret — jose compares in constant
 * time — or RS256/EdDSA from its JWKS), issuer, audience, expiry, age, and the claims Beacon needs. Replay (jti) is
 * checked by the caller, which has the database.
 */
export async function verifyIdentityToken(
  token: string,
  site: VerifyingSite,
): Promise<{ claims: IdentityClaims; jti: string; expiresAt: Date }> {
  let payload: JWTPayload;
  try {
    const options = {
      issuer: site.issuer,
      audience: site.audience,
      maxTokenAge: MAX_TOKEN_AGE_SECONDS,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["exp", "iat", "jti", "sub"],
    };
    if (site.secret) {
      ({ payload } = await jwtVerify(token, new TextEncoder().encode(site.secret), {
        ...options,
        algorithms: ["HS256"],
      }));
    } else if (site.jwksUrl) {
      ({ payload } = await jwtVerify(token, remoteKeys(site.jwksUrl), {
        ...options,
        algorithms: ["RS256", "EdDSA", "Ed25519"],
      }));
    } else {
      throw refuse("identityNotConfigured");
    }
  } catch (error) {
    throw explain(error);
  }
  // A token valid for longer than an identity token should be is refused, even if the exchange signed it.
  if (Number(payload.exp) - Number(payload.iat) > MAX_TOKEN_AGE_SECONDS) throw refuse("identityTooLong");
  const claims = identityClaimsSchema.safeParse(payload);
  const jti = z.string().min(8).max(200).safeParse(payload.jti);
  if (!claims.success || !jti.success) throw refuse("identityClaims");
  return { claims: claims.data, jti: jti.data, expiresAt: new Date(Number(payload.exp) * 1000) };
}
