import { requireUser } from "@/lib/auth/guards";
import { methodNotAllowed, route } from "@/lib/http/route";
import { startTwoFactorSetup } from "@/lib/services/two-factor/setup";

/** POST /api/v1/me/two-factor/setup → { secret, uri, qrSvg }: a new secret to scan; 2FA is on once confirmed. */
export const POST = route(async ({ actor }) => startTwoFactorSetup({ actor: requireUser(actor) }));

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
