import { encode } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import { FACTORY_PASSWORD } from "../factories/users";

type Authorize = (
  credentials: Record<string, string>,
  req: { headers: Record<string, string> },
) => Promise<{ id: string; sessionId: string } | null>;

/** next-auth's credentials check, called as next-auth calls it. */
export const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options
  .authorize;

/** Signs in the way next-auth does (authorize, then the jwt callback) and returns the cookie and the token. */
export async function signIn(email: string, password = FACTORY_PASSWORD, ip = "192.0.2.77") {
  const user = await authorize({ email, password }, { headers: { "x-beacon-client-ip": ip, "user-agent": "Vitest" } });
  const token = await authOptions.callbacks!.jwt!({ token: {}, user: user as never, account: null } as never);
  return { token, cookie: `next-auth.session-token=${await encode({ token, secret: process.env.NEXTAUTH_SECRET! })}` };
}
