import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";

/** Cookie holding a guest's signed id: guests chat and file tickets with only an email. */
export const GUEST_COOKIE = "beacon_guest";

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
