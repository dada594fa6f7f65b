import { requireUser } from "@/lib/auth/guards";
import { methodNotAllowed, route } from "@/lib/http/route";
import { signOutEverywhere } from "@/lib/services/sessions/sign-out-everywhere";

/** DELETE /api/v1/me/sessions: "sign out everywhere" — every session of this account ends, this one too → { ended } */
export const DELETE = route(async ({ actor }) => ({ ended: await signOutEverywhere({ actor: requireUser(actor) }) }));

export { methodNotAllowed as GET, methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH };
