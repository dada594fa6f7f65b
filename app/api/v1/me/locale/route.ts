import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { route, methodNotAllowed } from "@/lib/http/route";
import { setLocale } from "@/lib/services/users/set-locale";
import { setLocaleSchema } from "@/lib/contracts/user";

export const POST = route(async ({ actor, json }) => {
  const { locale } = await json(setLocaleSchema);
  await setLocale({ actor, locale });
  const response = Response.json({ locale });
  response.headers.append("Set-Cookie", `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`);
  return response;
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
