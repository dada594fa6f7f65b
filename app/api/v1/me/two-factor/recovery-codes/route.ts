import { requireUser } from "@/lib/auth/guards";
import { regenerateRecoveryCodesSchema } from "@/lib/contracts/auth";
import { methodNotAllowed, route } from "@/lib/http/route";
import { regenerateRecoveryCodes } from "@/lib/services/two-factor/recovery-codes";

/** POST /api/v1/me/two-factor/recovery-codes { password } | { code } → { recoveryCodes }: ten new codes, shown now. */
export const POST = route(async ({ actor, json }) =>
  regenerateRecoveryCodes({ actor: requireUser(actor), ...(await json(regenerateRecoveryCodesSchema)) }),
);

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
