import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";

export { GUEST_COOKIE } from "./cookie-names";

/** A guest token is good for this long after it was issued (the guest cookie lives as long). */
export const GUEST_TOKEN_DAYS = 30;
const MAX_AGE_MS = GUEST_TOKEN_DAYS * 24 * 60 * 60 * 1000;

const sign = (guestId: string, issuedAt: string) =>
  createHmac("sha256", authSecret()).update(`guest:${guestId}:${issuedAt}`).digest("base64url");

/** `<guest id>.<issued at, ms in base 36>.<HMAC>`: signed, so neither the id nor the date can be changed. */
export function createGuestToken(guestId: string, now = Date.now()): string {
  const issuedAt = now.toString(36);
  return `${guestId}.${issuedAt}.${sign(guestId, issuedAt)}`;
}

/** The guest's user id, or null when the token is missing, forged, expired or from before tokens expired. */
export function verifyGuestToken(token: string | null | undefined, now = Date.now()): string | null {
  const [guestId, issuedAt, signature, ...rest] = (token ?? "").split(".");
  if (!guestId || !issuedAt || !signature || rest.length) return null;
  const given = Buffer.from(signature);
  const expected = Buffer.from(sign(guestId, issuedAt));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const age = now - parseInt(issuedAt, 36);
  return age >= 0 && age <= MAX_AGE_MS ? guestId : null;
}
