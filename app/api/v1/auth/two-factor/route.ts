import { pendingSignIn } from "@/lib/auth/session";
import { twoFactorCodeSchema } from "@/lib/contracts/auth";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { methodNotAllowed, route } from "@/lib/http/route";
import { completeSignIn } from "@/lib/services/two-factor/complete-sign-in";

const cookiesOf = (req: { cookies: { get(name: string): { value: string } | undefined } }) => ({
  get: (name: string) => req.cookies.get(name)?.value,
});

/** GET /api/v1/auth/two-factor → { pending }: whether this browser's sign-in waits for its second factor. */
export const GET = route(async ({ req }) => ({ pending: !!(await pendingSignIn(cookiesOf(req))) }));

/** POST /api/v1/auth/two-factor { code } → { method }: the second step of signing in (app code or recovery code). */
export const POST = route(async ({ req, json }) => {
  const { code } = await json(twoFactorCodeSchema);
  const pending = await pendingSignIn(cookiesOf(req));
  if (!pending) throw new AppError("UNAUTHENTICATED", "twoFactorSignInExpired");
  return completeSignIn({ pending, code, ip: clientIp(req.headers) });
});

export { methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
