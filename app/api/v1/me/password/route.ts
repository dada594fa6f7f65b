import { requireUser } from "@/lib/auth/guards";
import { changePasswordSchema } from "@/lib/contracts/auth";
import { methodNotAllowed, route } from "@/lib/http/route";
import { changePassword } from "@/lib/services/users/change-password";

/** POST /api/v1/me/password { currentPassword, newPassword } → { endedSessions }: other sessions end. */
export const POST = route(async ({ actor, json }) =>
  changePassword({ actor: requireUser(actor), ...(await json(changePasswordSchema)) }),
);

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
