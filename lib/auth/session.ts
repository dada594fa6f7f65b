import { decode } from "next-auth/jwt";
import { getPrisma } from "@/lib/db/client";
import { toActor, type Actor } from "./actor";
import { GUEST_COOKIE, verifyGuestToken } from "./guest-token";
import { isIdentitySession, verifyIdentitySession } from "./identity/identity-session";
import { authSecret } from "./secret";

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

type CookieSource = { get(name: string): string | undefined };

/** Parses a Cookie header (socket handshake) into a lookup. */
export function cookieHeaderSource(header: string | undefined): CookieSource {
  const jar = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) jar.set(part.slice(0, eq).trim(), decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return { get: (name) => jar.get(name) };
}

async function loadActor(where: { id: string; isGuest: boolean; externalId?: { not: null } }): Promise<Actor | null> {
  const prisma = await getPrisma();
  const user = await prisma.user.findFirst({
    where,
    select: { id: true, role: true, name: true, email: true, locale: true, isGuest: true },
  });
  return user ? toActor(user) : null;
}

/**
 * The actor behind a request's cookies: the next-auth session (reloaded from the database, so a removed or demoted
 * account loses access at once), else a valid guest token, else null. Used by pages, route handlers and sockets.
 */
export async function actorFromCookies(cookies: CookieSource): Promise<Actor | null> {
  const sessionToken = SESSION_COOKIES.map((name) => cookies.get(name)).find(Boolean);
  if (sessionToken) {
    const claims = await decode({ token: sessionToken, secret: authSecret() }).catch(() => null);
    if (claims?.sub) {
      const actor = await loadActor({ id: claims.sub, isGuest: false });
      if (actor) return actor;
    }
  }
  const carried = cookies.get(GUEST_COOKIE);
  // A verified customer of the exchange (the widget's identity session) travels where a guest token would.
  if (isIdentitySession(carried)) {
    const userId = verifyIdentitySession(carried);
    return userId ? loadActor({ id: userId, isGuest: false, externalId: { not: null } }) : null;
  }
  const guestId = verifyGuestToken(carried);
  return guestId ? loadActor({ id: guestId, isGuest: true }) : null;
}
