import { createHmac, timingSafeEqual } from "node:crypto";

/** HMAC-SHA256 over `<timestamp>.<body>`, hex: what `Beacon-Signature: v1=…` carries (one per active secret). */
export const signWebhook = (secret: string, timestamp: number, body: string) =>
  createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");

export function signatureHeader(secrets: string[], timestamp: number, body: string): string {
  return secrets.map((secret) => `v1=${signWebhook(secret, timestamp, body)}`).join(",");
}

/**
 * The receiver's check (the docs and the example backend do the same): a fresh timestamp and one matching `v1`
 * signature, compared in constant time.
 */
export function verifyWebhook(
  secret: string,
  header: string,
  timestamp: string,
  body: string,
  toleranceSeconds = 300,
  now = Date.now(),
): boolean {
  const ts = Number(timestamp);
  if (!Number.isInteger(ts) || Math.abs(now / 1000 - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, ts, body));
  return header.split(",").some((part) => {
    const given = Buffer.from(part.trim().replace(/^v1=/, ""));
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
