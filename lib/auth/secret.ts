import { config } from "@/lib/config";

/** NEXTAUTH_SECRET signs sessions and guest tokens. server.ts makes one for the embedded default when it is unset. */
export function authSecret(): string {
  const secret = config().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return secret;
}
