import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { generateSecret, generateURI, verifySync } from "otplib";
import { config } from "@/lib/config";
import { authSecret } from "./secret";

// TOTP (RFC 6238, 30-second steps, 6 digits, SHA-1: what every authenticator app reads) through otplib. The secret
// is kept AES-256-GCM encrypted: a copy of the database alone does not give anyone's codes.

const ISSUER = "Beacon";

function key(): Buffer {
  const material = config().TWO_FACTOR_KEY ?? authSecret();
  return Buffer.from(hkdfSync("sha256", material, "beacon", "totp-secret-v1", 32));
}

export function encryptSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export function decryptSecret(stored: string): string | null {
  const [version, iv, tag, data] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, account: string): string =>
  generateURI({ issuer: ISSUER, label: account, secret });

/**
 * The time step a code is valid for (one step of clock drift either way), or null. `afterStep` is the last step
 * accepted for this account, so a code seen once (over a shoulder, in a phishing proxy) is not accepted again.
 */
export function verifyTotp(secret: string, code: string, afterStep?: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const result = verifySync({
    secret,
    token: code,
    epochTolerance: 30,
    ...(afterStep ? { afterTimeStep: afterStep } : {}),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** Ten recovery codes like `k3f9-x2mq-7hpa`: about 59 bits each, shown once; only their SHA-256 is stored. */
export function newRecoveryCodes(count = 10): string[] {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(12);
    const chars = Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

/** Recovery codes and email tokens are random enough that a plain SHA-256 is the right hash (no salt needed). */
export const hashToken = (value: string): string => createHash("sha256").update(value).digest("hex");

/** A recovery code as typed: any case, with or without the dashes and spaces. */
export const recoveryCodeHash = (typed: string): string | null => {
  const chars = typed.toLowerCase().replace(/[\s-]/g, "");
  return /^[a-z0-9]{12}$/.test(chars) ? hashToken(`${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`) : null;
};

/** A token for an emailed link: 256 random bits, URL-safe. */
export const newLinkToken = (): string => randomBytes(32).toString("base64url");
