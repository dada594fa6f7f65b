import { createGuestToken, GUEST_COOKIE, GUEST_TOKEN_DAYS } from "./guest-token";

/** The Set-Cookie value that makes this browser the guest (httpOnly: scripts never see the token). */
export function guestCookie(guestId: string, secure: boolean): string {
  return `${GUEST_COOKIE}=${createGuestToken(guestId)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${GUEST_TOKEN_DAYS * 86400}${secure ? "; Secure" : ""}`;
}
