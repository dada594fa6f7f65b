import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/bot/detect-language";
import {
  DEFAULT_LOCALE,
  fallbackChain,
  localeFromAcceptLanguage,
  localize,
  pickTranslation,
  resolveLocale,
} from "@/lib/i18n/locales";

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

describe("languages as data", () => {
  it("chooses Russian from Accept-Language and walks each language's fallback chain", () => {
    expect(localeFromAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.8")).toBe("ru");
    expect(fallbackChain("ru")).toEqual(["ru", "en", "zh-CN"]);
    expect(fallbackChain("xx")[0]).toBe(DEFAULT_LOCALE);
    const name = { "zh-CN": "充值", en: "Deposits" };
    expect(localize(name, "ru")).toBe("Deposits");
    expect(localize({ "zh-CN": "充值" }, "ru")).toBe("充值");
    expect(localize({ ...name, ru: "Пополнения" }, "ru")).toBe("Пополнения");
    expect(localize(null, "en")).toBe("");
    expect(pickTranslation([{ locale: "zh-CN" }, { locale: "en" }], "ru")).toEqual({ locale: "en" });
  });

  it("knows the language of a message by its script", () => {
    expect(detectLanguage("не пришёл депозит usdt", "en")).toBe("ru");
    expect(detectLanguage("usdt提现", "en")).toBe("zh-CN");
    expect(detectLanguage("my deposit is missing", "zh-CN")).toBe("en");
    expect(detectLanguage("2FA", "ru")).toBe("ru");
  });
});
