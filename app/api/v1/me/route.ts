import { route, methodNotAllowed } from "@/lib/http/route";

/** The signed-in user (or guest), or `null`. */
export const GET = route(async ({ actor, locale }) => ({ user: actor, locale }));

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
