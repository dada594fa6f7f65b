import { requireUser } from "@/lib/auth/guards";
import { methodNotAllowed, route } from "@/lib/http/route";
import { findMySessions } from "@/lib/services/sessions/find-sessions";
import { signOutEverywhere } from "@/lib/services/sessions/sign-out-everywhere";

/** GET /api/v1/me/sessions → { sessions }: this account's signed-in browsers (address, browser, last seen). */
export const GET = route(async ({ actor }) => ({ sessions: await findMySessions({ actor: requireUser(actor) }) }));

/** DELETE /api/v1/me/sessions: "sign out everywhere" — every session of this account ends, this one too → { ended } */
export const DELETE = route(async ({ actor }) => ({ ended: await signOutEverywhere({ actor: requireUser(actor) }) }));

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH };
