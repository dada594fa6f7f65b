import { clientIp } from "@/lib/http/client-ip";
import { route, methodNotAllowed } from "@/lib/http/route";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { registerCustomer } from "@/lib/services/users/register-customer";
import { registerSchema } from "@/lib/contracts/auth";

/** New accounts: 10 an hour from one address (a script made 25 in a second). */
export const REGISTRATIONS = { points: 10, seconds: 3600 };

export const POST = route(async ({ json, req }) => {
  const input = await json(registerSchema);
  await consumeOrThrow(
    limiter("register", REGISTRATIONS.points, REGISTRATIONS.seconds),
    clientIp(req.headers),
    "registerRateLimited",
  );
  const user = await registerCustomer(input);
  return Response.json({ user }, { status: 201 });
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
