import { createGuestToken, GUEST_COOKIE } from "./guest-token";

const GUEST_COOKIE_DAYS = 180;

/** The Set-Cookie value that makes this browser the guest (httpOnly: scripts never see the token). */
export function guestCookie(guestId: string, secure: boolean): string {
  return `${GUEST_COOKIE}=${createGuestToken(guestId)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${GUEST_COOKIE_DAYS * 86400}${secure ? "; Secure" : ""}`;
}
