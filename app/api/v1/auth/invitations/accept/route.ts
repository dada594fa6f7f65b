import { passwordResetSchema } from "@/lib/contracts/auth";
import { clientIp } from "@/lib/http/client-ip";
import { methodNotAllowed, route } from "@/lib/http/route";
import { acceptInvitation } from "@/lib/services/account-links/invitations";

/** POST /api/v1/auth/invitations/accept { token, newPassword } → { ok }: a new member chooses their password. */
export const POST = route(async ({ req, json }) => {
  await acceptInvitation({ ...(await json(passwordResetSchema)), ip: clientIp(req.headers) });
  return { ok: true };
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
