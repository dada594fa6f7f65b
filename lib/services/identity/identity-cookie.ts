import { encode } from "next-auth/jwt";
import { GUEST_COOKIE } from "@/lib/auth/guest-token";
import { IDENTITY_SESSION_SECONDS } from "@/lib/auth/identity/identity-session";
import { authSecret } from "@/lib/auth/secret";
import { createSession } from "@/lib/services/sessions/create-session";

/** The widget session as the (httpOnly) guest cookie too, for same-site embeds where the cookie does travel. */
export function identityCookie(sessionToken: string, secure: boolean): string {
  return `${GUEST_COOKIE}=${sessionToken}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${IDENTITY_SESSION_SECONDS}${secure ? "; Secure" : ""}`;
}

/**
 * A portal session (next-auth's own cookie) for a customer signed in by the exchange's link: a server-side session
 * like any sign-in's (lib/services/sessions), so sign-out and "sign out everywhere" end it too.
 */
export async function portalSessionCookie(
  user: { id: string; name: string; contactEmail: string },
  secure: boolean,
  client: { ip?: string; userAgent?: string } = {},
): Promise<string> {
  const sid = await createSession({ userId: user.id, role: "CUSTOMER", ...client });
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.contactEmail, sid },
    secret: authSecret(),
    maxAge: IDENTITY_SESSION_SECONDS,
  });
  const name = secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
  return `${name}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${IDENTITY_SESSION_SECONDS}${secure ? "; Secure" : ""}`;
}
