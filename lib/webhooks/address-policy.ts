import { config } from "@/lib/config";
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { AppError } from "@/lib/errors";

// Where a webhook (or account action) must never go unless an operator allows it: this machine, the private
// network, link-local (cloud metadata), CGNAT, multicast and reserved ranges.
const blocked = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const)
  blocked.addSubnet(net, bits, "ipv6");

/** WEBHOOK_ALLOW_PRIVATE=1 lets webhooks and account actions reach loopback and private addresses (tests, on-prem). */
export const privateAddressesAllowed = () => config().WEBHOOK_ALLOW_PRIVATE === "1";

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return blocked.check(mapped, "ipv4");
  const family = isIP(address);
  return family === 0 ? true : blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** Checked again at connect time (see post-signed.ts), so a DNS answer that changes later cannot slip through. */
export async function assertPublicUrl(url: string): Promise<void> {
  if (privateAddressesAllowed()) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true }).catch(() => []);
  if (!addresses.length)
    throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, { url: "exchange.urlUnresolvable" });
  if (addresses.some((a) => isPrivateAddress(a.address)))
    throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, { url: "exchange.urlPrivate" });
}
