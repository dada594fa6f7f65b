import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "@/lib/auth/current";
import { LOCALE_COOKIE, resolveLocale } from "./locales";
import { messages } from "./messages";
import { resolveTimeZone, TIME_ZONE_COOKIE } from "./time-zones";

// No locale in the URL: the user's saved setting, then the cookie, then Accept-Language. Times: the reader's zone.
export default getRequestConfig(async () => {
  const [actor, jar, head] = await Promise.all([getActor(), cookies(), headers()]);
  const locale = resolveLocale({
    saved: actor?.locale,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: head.get("accept-language"),
  });
  const timeZone = resolveTimeZone({ saved: actor?.timeZone, cookie: jar.get(TIME_ZONE_COOKIE)?.value });
  return { locale, messages: messages[locale], timeZone };
});
