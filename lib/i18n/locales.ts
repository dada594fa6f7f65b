/**
 * The supported languages, listed once. Adding one is an entry here, a `messages/<code>.json` file (registered in
 * `messages.ts`, which the type checker enforces) and translated content: no schema change. `fallback` is the chain
 * `localize` walks when a text has no wording in the reader's language; `accept` are the Accept-Language prefixes
 * that choose it; `compact` scripts (CJK) say more per character, so snippets are shorter; `searchConfig` is the PostgreSQL text search configuration its help-center articles are indexed
 * with (see the kb search migrations; 'simple' where PostgreSQL has no stemmer); `script` is the Unicode script the bot
 * and inbound mail recognise the language by.
 */
export const LANGUAGES = [
  {
    code: "zh-CN",
    label: "简体中文",
    accept: ["zh"],
    fallback: ["en"],
    searchConfig: "simple",
    compact: true,
    script: "Han",
  },
  {
    code: "en",
    label: "English",
    accept: ["en"],
    fallback: ["zh-CN"],
    searchConfig: "english",
    compact: false,
    script: "Latin",
  },
  {
    code: "ru",
    label: "Русский",
    accept: ["ru", "be", "uk", "kk"],
    fallback: ["en", "zh-CN"],
    searchConfig: "russian",
    compact: false,
    script: "Cyrillic",
  },
] as const;

export type Locale = (typeof LANGUAGES)[number]["code"];
export const LOCALES = LANGUAGES.map((language) => language.code) as [Locale, ...Locale[]];
export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALE_COOKIE = "NEXT_LOCALE";

type Language = (typeof LANGUAGES)[number];

/** The entry of a supported language, the default's for anything else. */
export const languageOf = (locale: string): Language =>
  LANGUAGES.find((entry) => entry.code === locale) ?? LANGUAGES.find((entry) => entry.code === DEFAULT_LOCALE)!;

/** A visible name or text stored per language: `{ "en": "Deposits", "zh-CN": "充值", "ru": "Пополнение" }`. */
export type LocalizedText = Partial<Record<string, string>>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A stored language tag, or the default for rows and accounts that never chose one. */
export const toLocale = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

/** The languages to try, in order, for a reader of `locale`: theirs, their fallbacks, then every other one. */
export function fallbackChain(locale: string): Locale[] {
  const language = LANGUAGES.find((entry) => entry.code === locale);
  const chain: Locale[] = language ? [language.code, ...language.fallback] : [DEFAULT_LOCALE];
  return [...new Set([...chain, DEFAULT_LOCALE, ...LOCALES])];
}

/** The one place a language is picked for a stored text: the reader's wording, else the first fallback that has one. */
export function localize(text: LocalizedText | null | undefined, locale: string): string {
  if (!text) return "";
  for (const code of fallbackChain(locale)) {
    const value = text[code];
    if (value) return value;
  }
  return "";
}

/** The translation of a row set to show: the reader's language, else along the fallback chain. */
export function pickTranslation<T extends { locale: string }>(rows: T[], locale: string): T | undefined {
  for (const code of fallbackChain(locale)) {
    const found = rows.find((row) => row.locale === code);
    if (found) return found;
  }
  return rows[0];
}

/** Sorts language tags the way a reader of `locale` wants them: theirs first, then along their fallback chain. */
export function byLanguage(locale: string): (a: string, b: string) => number {
  const chain = fallbackChain(locale);
  const rank = (code: string) => (chain.includes(code as Locale) ? chain.indexOf(code as Locale) : chain.length);
  return (a, b) => rank(a) - rank(b);
}

/** Best match from an Accept-Language header, by each language's `accept` prefixes. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0];
    const language = LANGUAGES.find((entry) => (entry.accept as readonly string[]).includes(primary));
    if (language) return language.code;
  }
  return undefined;
}

/**
 * The visitor's language: their saved setting, then the cookie, then Accept-Language, then the default.
 */
export function resolveLocale(input: {
  saved?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(input.saved)) return input.saved;
  if (isLocale(input.cookie)) return input.cookie;
  return localeFromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LOCALE;
}

/** A language's name in the reader's language ("Russian", "俄语", "русский"), from the browser's or Node's ICU data. */
export function languageName(code: string, readerLocale: string): string {
  try {
    return new Intl.DisplayNames([readerLocale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
