import { verifyEmailSchema } from "@/lib/contracts/auth";
import { clientIp } from "@/lib/http/client-ip";
import { methodNotAllowed, route } from "@/lib/http/route";
import { verifyEmail } from "@/lib/services/account-links/email-verification";

/** POST /api/v1/auth/verify-email { token } → { released }: proves the address; mail held for it goes out. */
export const POST = route(async ({ req, json }) =>
  verifyEmail({ ...(await json(verifyEmailSchema)), ip: clientIp(req.headers) }),
);

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
