import type { NextRequest } from "next/server";
import type { Actor } from "./actor";
import { authenticateToken, bearerOf, type TokenCaller } from "./api-token";
import { GUEST_HEADER } from "./guest-header";
import { GUEST_COOKIE } from "./guest-token";
import { actorFromCookies } from "./session";

/**
 * Who sent an /api/v1 request: an API token (`Authorization: Bearer`; cookies are then ignored, so such a request
 * never rides on a browser's ambient credentials — see `admitToken` for what it may open), else the session cookie,
 * else a guest token (cookie, or the widget's header where the browser withholds the cookie).
 */
export async function actorFromRequest(req: NextRequest): Promise<{ actor: Actor | null; caller: TokenCaller | null }> {
  const bearer = bearerOf(req.headers.get("authorization"));
  if (bearer) return authenticateToken(bearer);
  const guestHeader = req.headers.get(GUEST_HEADER);
  const actor = await actorFromCookies({
    get: (name) => (name === GUEST_COOKIE && guestHeader) || req.cookies.get(name)?.value,
  });
  return { actor, caller: null };
}
