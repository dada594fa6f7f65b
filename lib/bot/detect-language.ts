import { LANGUAGES, type Locale } from "@/lib/i18n/locales";

const LATIN_WORD = /[a-z]{2,}/gi;
const scripts = LANGUAGES.map((language) => ({
  code: language.code,
  letters: language.script === "Latin" ? null : new RegExp(`\\p{Script=${language.script}}`, "gu"),
}));

/**
 * The language one message is written in, by each language's script (lib/i18n/locales.ts): Chinese as soon as it
 * holds two Han characters, Russian two Cyrillic letters (customers mix in latin words: "api key要不要绑定ip",
 * "usdt提现", "не пришёл депозит usdt"); English when it has at least two latin words; a lone Han character is
 * Chinese; otherwise (a lone "2FA", "ok", an emoji) the chat's language.
 */
export function detectLanguage(text: string, fallback: Locale): Locale {
  const counts = scripts.map(({ code, letters }) => ({
    code,
    count: letters ? (text.match(letters)?.length ?? 0) : 0,
  }));
  const found = counts.find((entry) => entry.count >= 2);
  if (found) return found.code;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  const latin = LANGUAGES.find((language) => language.script === "Latin");
  if (words >= 2 && latin) return latin.code;
  const single = counts.find((entry) => entry.count === 1);
  if (single && words === 0) return single.code;
  return fallback;
}
