import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";

export { GUEST_COOKIE } from "./cookie-names";

const sign = (guestId: string) => createHmac("sha256", authSecret()).update(`guest:${guestId}`).digest("base64url");

export function createGuestToken(guestId: string): string {
  return `${guestId}.${sign(guestId)}`;
}

/** The guest's user id, or null when the token is missing or forged. */
export function verifyGuestToken(token: string | null | undefined): string | null {
  if (!token) return null;
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const guestId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(sign(guestId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? guestId : null;
}
