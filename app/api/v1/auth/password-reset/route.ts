import { passwordResetRequestSchema } from "@/lib/contracts/auth";
import { clientIp } from "@/lib/http/client-ip";
import { methodNotAllowed, route } from "@/lib/http/route";
import { requestPasswordReset } from "@/lib/services/account-links/password-reset";

/** POST /api/v1/auth/password-reset { email } → 202 { ok }: the same answer for every address (no enumeration). */
export const POST = route(async ({ req, json }) => {
  await requestPasswordReset({ ...(await json(passwordResetRequestSchema)), ip: clientIp(req.headers) });
  return Response.json({ ok: true }, { status: 202 });
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
