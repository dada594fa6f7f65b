import { createHash } from "node:crypto";

/** The header block of a raw message, unfolded, as lower-case name → values (no MIME decoding: for ids only). */
export function rawHeaders(raw: Buffer): Map<string, string[]> {
  const text = raw.subarray(0, Math.min(raw.length, 256 * 1024)).toString("latin1");
  const end = text.search(/\r?\n\r?\n/);
  const block = (end === -1 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const headers = new Map<string, string[]>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return headers;
}

/** Every `<id>` in a header value, lower-cased (Message-IDs compare case-insensitively in practice). */
export function messageIds(value: string | undefined | null): string[] {
  return [...(value ?? "").matchAll(/<([^<>\s]+)>/g)].map((m) => `<${m[1].toLowerCase()}>`);
}

/**
 * The key that makes storing a mail idempotent: its Message-ID, or — when it has none — a hash of its bytes, so a
 * second fetch or delivery of the same mail is recognised either way.
 */
export function inboundKey(raw: Buffer): string {
  const id = messageIds(rawHeaders(raw).get("message-id")?.[0])[0];
  if (id && id.length <= 500) return id;
  return `<sha256.${createHash("sha256").update(raw).digest("hex")}@no-message-id>`;
}
