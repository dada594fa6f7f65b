import { route } from "@/lib/http/route";

/** The signed-in user (or guest), or `null`. */
export const GET = route(async ({ actor, locale }) => ({ user: actor, locale }));
