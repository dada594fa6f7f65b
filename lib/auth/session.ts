import { decode } from "next-auth/jwt";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { staffMustUseTwoFactor } from "@/lib/services/two-factor/policy";
import { hasStaffRole, toActor, type Actor } from "./actor";
import { GUEST_COOKIE, verifyGuestToken } from "./guest-token";
import { isIdentitySession, verifyIdentitySession } from "./identity/identity-session";
import { SESSION_COOKIES } from "./cookie-names";
import { authSecret } from "./secret";

export { SESSION_COOKIES };

type CookieSource = { get(name: string): string | undefined };

/** One badly encoded cookie (someone else's, on a shared domain) must not break the handshake: it stays as sent. */
function decodeCookie(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Parses a Cookie header (socket handshake) into a lookup. */
export function cookieHeaderSource(header: string | undefined): CookieSource {
  const jar = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) jar.set(part.slice(0, eq).trim(), decodeCookie(part.slice(eq + 1).trim()));
  }
  return { get: (name) => jar.get(name) };
}

const SEEN_EVERY_MS = 5 * 60 * 1000;

async function loadActor(where: Prisma.UserWhereInput, sessionId?: string): Promise<Actor | null> {
  const prisma = await getPrisma();
  const user = await prisma.user.findFirst({
    where,
    select: {
      id: true,
      role: true,
      name: true,
      email: true,
      locale: true,
      timeZone: true,
      isGuest: true,
      totpEnabledAt: true,
      sessions: sessionId ? { where: { id: sessionId }, select: { lastSeenAt: true } } : undefined,
    },
  });
  if (!user) return null;
  const actor = toActor(user);
  // "Last seen" on the account security page, written at most every five minutes per session.
  const seen = user.sessions?.[0]?.lastSeenAt;
  if (sessionId && seen && Date.now() - seen.getTime() > SEEN_EVERY_MS) {
    await prisma.session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date() } });
  }
  if (hasStaffRole(actor) && !user.totpEnabledAt && (await staffMustUseTwoFactor())) {
    return { ...actor, twoFactorSetupRequired: true };
  }
  return actor;
}

/**
 * The actor behind a request's cookies: the next-auth session (reloaded from the database, so a removed or demoted
 * account loses access at once), else a valid guest token, else null. Used by pages, route handlers and sockets.
 */
export async function actorFromCookies(cookies: CookieSource): Promise<Actor | null> {
  const sessionToken = SESSION_COOKIES.map((name) => cookies.get(name)).find(Boolean);
  if (sessionToken) {
    const claims = await decode({ token: sessionToken, secret: authSecret() }).catch(() => null);
    // The account must exist and the session be neither revoked (sign-out, sign out everywhere, demotion) nor past
    // its lifetime (staff 12 h, customers 30 days): one query, on every request and socket handshake.
    // A session still waiting for its second factor (lib/services/two-factor/complete-sign-in.ts) grants nothing.
    if (claims?.sub && typeof claims.sid === "string") {
      const live = { id: claims.sid, revokedAt: null, expiresAt: { gt: new Date() }, secondFactorPending: false };
      const actor = await loadActor({ id: claims.sub, isGuest: false, sessions: { some: live } }, claims.sid);
      if (actor) return { ...actor, sessionId: claims.sid };
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

/** How long the code step may follow the password step. */
export const SECOND_FACTOR_WINDOW_MS = 10 * 60 * 1000;

/**
 * The sign-in waiting for its second factor behind these cookies: a password was right moments ago, nothing more.
 * Only the code step (`POST /api/v1/auth/two-factor`) accepts it.
 */
export async function pendingSignIn(cookies: CookieSource): Promise<{ userId: string; sessionId: string } | null> {
  const sessionToken = SESSION_COOKIES.map((name) => cookies.get(name)).find(Boolean);
  if (!sessionToken) return null;
  const claims = await decode({ token: sessionToken, secret: authSecret() }).catch(() => null);
  if (!claims?.sub || typeof claims.sid !== "string") return null;
  const prisma = await getPrisma();
  const session = await prisma.session.findFirst({
    where: {
      id: claims.sid,
      userId: claims.sub,
      secondFactorPending: true,
      revokedAt: null,
      createdAt: { gt: new Date(Date.now() - SECOND_FACTOR_WINDOW_MS) },
    },
    select: { id: true, userId: true },
  });
  return session ? { userId: session.userId, sessionId: session.id } : null;
}
