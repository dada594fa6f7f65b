import { config } from "@/lib/config";

/** Header server.ts sets from the TCP peer address (any incoming copy is dropped first). */
export const CLIENT_IP_HEADER = "x-beacon-client-ip";

type Headers = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const value =
    typeof headers.get === "function"
      ? (headers as { get(n: string): string | null }).get(name)
      : (headers as Record<string, unknown>)[name];
  return (Array.isArray(value) ? value[0] : (value ?? undefined)) as string | undefined;
}

/**
 * The client's address: behind a trusted proxy (TRUST_PROXY=1) the first X-Forwarded-For entry, otherwise the
 * TCP peer address — a client cannot dodge rate limits by sending its own X-Forwarded-For.
 */
export function clientIp(headers: Headers): string {
  if (config().TRUST_PROXY === "1") {
    const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return header(headers, CLIENT_IP_HEADER) ?? "unknown";
}
