import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, resolveLocale } from "@/lib/i18n/locales";

describe("locale resolution", () => {
  it("prefers the saved setting, then the cookie, then Accept-Language", () => {
    expect(resolveLocale({ saved: "en", cookie: "zh-CN", acceptLanguage: "zh-CN" })).toBe("en");
    expect(resolveLocale({ saved: null, cookie: "en", acceptLanguage: "zh-CN" })).toBe("en");
    expect(resolveLocale({ acceptLanguage: "en-GB,en;q=0.9" })).toBe("en");
    expect(resolveLocale({})).toBe("zh-CN");
  });

  it("reads quality values and regional variants", () => {
    expect(localeFromAcceptLanguage("fr-FR,en;q=0.5,zh-TW;q=0.8")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("de-DE,fr;q=0.9")).toBeUndefined();
    expect(resolveLocale({ cookie: "xx", acceptLanguage: "en-US" })).toBe("en");
  });
});
