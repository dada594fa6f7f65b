import { languageOf } from "@/lib/i18n/locales";
// Postgres' text search cannot split Chinese: we do it here, once on write (search documents) and on every query.

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** Han, kana and hangul: scripts written without spaces between words. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
/** A search token: letters and digits only, so it can never carry tsquery syntax. */
const TOKEN = /[\p{L}\p{N}]+/gu;

export const isCjk = (text: string): boolean => CJK_CHAR.test(text);

/** Full-width forms folded (ＵＳＤＴ → usdt), lower case, one space between words. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export type Segment = { text: string; cjk: boolean };

/**
 * The word-like segments of a text, each either all CJK or free of CJK (Intl.Segmenter splits "usdt提现" already,
 * but punctuation inside a latin word, e.g. "anti-phishing", is split here into "anti" and "phishing").
 */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const { segment, isWordLike } of segmenter.segment(normalizeText(text))) {
    if (!isWordLike) continue;
    if (isCjk(segment)) {
      for (const run of segment.match(CJK_RUN) ?? []) out.push({ text: run, cjk: true });
      for (const token of segment.replace(CJK_RUN, " ").match(TOKEN) ?? []) out.push({ text: token, cjk: false });
    } else {
      for (const token of segment.match(TOKEN) ?? []) out.push({ text: token, cjk: false });
    }
  }
  return out;
}

/** Overlapping pairs of characters: "交易密码" → 交易, 易密, 密码. Whatever the segmenter's dictionary knows. */
export function bigrams(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** The CJK stretches of a text, unbroken by spaces, punctuation or latin letters. */
export const cjkRuns = (text: string): string[] => normalizeText(text).match(CJK_RUN) ?? [];

/**
 * The terms indexed for one piece of zh text: the segmenter's words, every character and every character bigram of
 * each CJK stretch (so 交易密码 is found inside 如何找回交易密码 whatever the dictionary says), latin words as they are.
 */
export function zhTerms(text: string): string[] {
  const terms: string[] = [];
  for (const segment of segments(text)) terms.push(segment.text);
  for (const run of cjkRuns(text)) {
    const chars = [...run];
    if (chars.length > 1) terms.push(...chars, ...bigrams(run));
  }
  return terms;
}

/** Text for an 'english' tsvector: letters and digits only (markdown leftovers and CJK punctuation dropped). */
export function enTerms(text: string): string[] {
  return normalizeText(text).match(TOKEN) ?? [];
}

/**
 * The stored search document of a translation: the title's terms on the first line, the body's on the second. A
 * database trigger turns it into the weighted tsvector (title A, body B; each language's `searchConfig`).
 */
export function buildSearchDocument(locale: string, title: string, plainBody: string): string {
  const terms = languageOf(locale).compact ? zhTerms : enTerms;
  return `${terms(title).join(" ")}\n${terms(plainBody).join(" ")}`;
}
