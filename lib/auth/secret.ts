/** NEXTAUTH_SECRET signs sessions and guest tokens. server.ts makes one for the embedded default when it is unset. */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return secret;
}
