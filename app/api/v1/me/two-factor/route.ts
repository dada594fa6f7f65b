import { requireUser } from "@/lib/auth/guards";
import { disableTwoFactorSchema, twoFactorCodeSchema } from "@/lib/contracts/auth";
import { methodNotAllowed, route } from "@/lib/http/route";
import { disableTwoFactor } from "@/lib/services/two-factor/disable";
import { enableTwoFactor } from "@/lib/services/two-factor/setup";

/** POST /api/v1/me/two-factor { code } → { recoveryCodes }: turns 2FA on; the ten codes are shown only now. */
export const POST = route(async ({ actor, json }) =>
  enableTwoFactor({ actor: requireUser(actor), ...(await json(twoFactorCodeSchema)) }),
);

/** DELETE /api/v1/me/two-factor { password } → { ok }: turns 2FA off; other sessions end. */
export const DELETE = route(async ({ actor, json }) => {
  await disableTwoFactor({ actor: requireUser(actor), ...(await json(disableTwoFactorSchema)) });
  return { ok: true };
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH };
