import { TIME_ZONE_COOKIE } from "@/lib/i18n/time-zones";
import { route, methodNotAllowed } from "@/lib/http/route";
import { setTimeZoneSchema } from "@/lib/contracts/user";
import { setTimeZone } from "@/lib/services/users/set-time-zone";

/** The reader's time zone: saved on the account (signed in) and in a cookie (visitors, and before sign-in). */
export const POST = route(async ({ actor, json }) => {
  const { timeZone, detected } = await json(setTimeZoneSchema);
  await setTimeZone({ actor, timeZone, detected });
  const response = Response.json({ timeZone });
  response.headers.append(
    "Set-Cookie",
    `${TIME_ZONE_COOKIE}=${encodeURIComponent(timeZone)}; Path=/; Max-Age=31536000; SameSite=Lax`,
  );
  return response;
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
