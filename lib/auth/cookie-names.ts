// Client- and proxy-safe names only: no secrets, no database.

/** next-auth's session cookie (the __Secure- one over https). */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** Cookie holding a guest's signed id: guests chat and file tickets with only an email. */
export const GUEST_COOKIE = "beacon_guest";
