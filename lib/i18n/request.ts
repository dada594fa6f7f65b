import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "@/lib/auth/current";
import { LOCALE_COOKIE, resolveLocale } from "./locales";
import { messages } from "./messages";

// No locale in the URL: the user's saved setting, then the cookie, then Accept-Language.
export default getRequestConfig(async () => {
  const [actor, jar, head] = await Promise.all([getActor(), cookies(), headers()]);
  const locale = resolveLocale({
    saved: actor?.locale,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: head.get("accept-language"),
  });
  return { locale, messages: messages[locale], timeZone: "Asia/Shanghai" };
});
