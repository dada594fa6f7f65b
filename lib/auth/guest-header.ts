/**
 * Header carrying the guest token where cookies do not travel: the chat widget runs in an iframe on other sites,
 * where browsers withhold (SameSite) or block (third-party) our cookies. Client-safe: no secrets here.
 */
export const GUEST_HEADER = "x-beacon-guest";
