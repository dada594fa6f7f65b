import { passwordResetSchema } from "@/lib/contracts/auth";
import { clientIp } from "@/lib/http/client-ip";
import { methodNotAllowed, route } from "@/lib/http/route";
import { resetPassword } from "@/lib/services/account-links/password-reset";

/** POST /api/v1/auth/password-reset/complete { token, newPassword } → { ok }: every session of the account ends. */
export const POST = route(async ({ req, json }) => {
  await resetPassword({ ...(await json(passwordResetSchema)), ip: clientIp(req.headers) });
  return { ok: true };
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
