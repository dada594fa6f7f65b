/**
 * Header carrying the guest token where cookies do not travel: the chat widget runs in an iframe on other sites,
 * where browsers withhold (SameSite) or block (third-party) our cookies. Client-safe: no secrets here.
 */
export const GUEST_HEADER = "x-beacon-guest";

/** Header naming the site (IdentitySite.key) a widget request comes from; the portal is the site keyed `portal`. */
export const SITE_HEADER = "x-beacon-site";
