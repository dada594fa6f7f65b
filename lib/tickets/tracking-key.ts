import { appUrl } from "@/lib/config";
import { createHash, createHmac, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { formatTicketNumber } from "@/lib/contracts/ticket";

/**
 * A tracking key opens one ticket without logging in. The key is derived from a random nonce and the server secret,
 * so each email can carry a working link, and only its sha256 is stored for checking; a new nonce revokes it.
 */
export function deriveTrackingKey(nonce: string): string {
  return createHmac("sha256", authSecret()).update(`ticket-tracking:${nonce}`).digest("base64url");
}

export const hashTrackingKey = (key: string) => createHash("sha256").update(key).digest("hex");

export function newTrackingKey(): { nonce: string; key: string; hash: string } {
  const nonce = randomBytes(18).toString("base64url");
  const key = deriveTrackingKey(nonce);
  return { nonce, key, hash: hashTrackingKey(key) };
}

export const trackingPath = (number: number, key: string) =>
  `/tickets/track/${formatTicketNumber(number)}?key=${encodeURIComponent(key)}`;

/** The link for a ticket's current key, or null when it has none. */
export function trackingUrl(ticket: { number: number; trackingKeyNonce: string | null }): string | null {
  return ticket.trackingKeyNonce
    ? `${appUrl()}${trackingPath(ticket.number, deriveTrackingKey(ticket.trackingKeyNonce))}`
    : null;
}
