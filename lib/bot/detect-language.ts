import type { Locale } from "@/lib/i18n/locales";

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[a-z]{2,}/gi;

/**
 * The language one message is written in: Chinese as soon as it holds two Han characters (customers mix in latin
 * words: "api key要不要绑定ip", "usdt提现"); English when it has at least two latin words; otherwise (a lone "2FA",
 * "ok", an emoji) the chat's language.
 */
export function detectLanguage(text: string, fallback: Locale): Locale {
  const han = text.match(HAN)?.length ?? 0;
  if (han >= 2) return "zh-CN";
  const words = text.match(LATIN_WORD)?.length ?? 0;
  if (words >= 2) return "en";
  if (han === 1 && words === 0) return "zh-CN";
  return fallback;
}
