import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "../secret";

/**
 * A verified customer's session in the widget, carried like a guest token (the `x-beacon-guest` header, the socket
 * handshake, the guest cookie) but signed for a different purpose and expiring: `vid.<userId>.<exp>.<signature>`.
 * When it expires the widget asks the exchange's page for a fresh identity token.
 */
export const IDENTITY_SESSION_PREFIX = "vid.";
export const IDENTITY_SESSION_SECONDS = 8 * 3600;

const sign = (userId: string, exp: number) =>
  createHmac("sha256", authSecret()).update(`identity:${userId}:${exp}`).digest("base64url");

export function createIdentitySession(userId: string, now = Date.now()): { token: string; expiresAt: Date } {
  const exp = Math.floor(now / 1000) + IDENTITY_SESSION_SECONDS;
  return { token: `${IDENTITY_SESSION_PREFIX}${userId}.${exp}.${sign(userId, exp)}`, expiresAt: new Date(exp * 1000) };
}

export const isIdentitySession = (token: string | null | undefined): token is string =>
  Boolean(token?.startsWith(IDENTITY_SESSION_PREFIX));

/** The verified customer's user id, or null when the token is forged, malformed or expired. */
export function verifyIdentitySession(token: string | null | undefined, now = Date.now()): string | null {
  if (!isIdentitySession(token)) return null;
  const [userId, expText, signature, extra] = token.slice(IDENTITY_SESSION_PREFIX.length).split(".");
  const exp = Number(expText);
  if (!userId || !signature || extra !== undefined || !Number.isInteger(exp) || exp * 1000 <= now) return null;
  const given = Buffer.from(signature);
  const expected = Buffer.from(sign(userId, exp));
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
