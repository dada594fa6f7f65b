import { stemRussian } from "./russian-stem";
import { isCjk, normalizeText } from "./segment";

/** One line of the glossary: words customers use for the same thing, in any language ("提币, 提现, withdraw, cash out"). */
export type SynonymGroup = { id: string; terms: string[] };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A Russian word's stem, or the word itself when the stem is too short to mean anything ("заем" → "за"). */
function russianNeedle(word: string): string {
  const stem = stemRussian(word);
  return stem.length >= 3 ? stem : word;
}

/**
 * The pattern of one term from where it starts (the caller checks that a word begins there): CJK as it is (no word
 * breaks), latin with a plural or verb ending, Cyrillic by each word's stem with any ending ("вывод средств" matches
 * "вывода средств", "выводом").
 */
function termPattern(t: string): string {
  if (isCjk(t)) return escape(t);
  if (CYRILLIC.test(t)) {
    const words = t.split(" ").map((word) => `${escape(russianNeedle(word))}[\\p{L}]{0,4}`);
    // Russian puts a word between a term's words freely ("удалить мой аккаунт"): one may stand between.
    return `${words.join("\\s+(?:\\p{L}+\\s+)?")}(?![\\p{L}\\p{N}])`;
  }
  return `${escape(t).replace(/ /g, "\\s*")}(?:s|es|ed|ing|d)?(?![\\p{L}\\p{N}])`;
}

/**
 * A term's matcher, the text every match starts with and its longest word, which every match holds. Finding that text with `indexOf` and trying the pattern
 * only there keeps building the bot's index fast: it tries every term on every paragraph of every article.
 */
type TermMatcher = { pattern: RegExp; needle: string; longest: string; cjk: boolean };

function matcher(term: string): TermMatcher {
  const t = normalizeText(term).replace(/ё/g, "е");
  const cjk = isCjk(t);
  const words = t.split(" ").map((word) => (cjk ? word : CYRILLIC.test(word) ? russianNeedle(word) : word));
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  return { pattern: new RegExp(termPattern(t), "uy"), needle: cjk ? t : words[0], longest, cjk };
}

/** Where a term matches in `t`: at each occurrence of its needle that begins a word (CJK: anywhere). */
function* matches(
  t: string,
  { pattern, needle, longest, cjk }: TermMatcher,
): Generator<{ start: number; end: number }> {
  if (longest !== needle && !t.includes(longest)) return; // "в день": find "день" before trying every "в"
  for (let at = t.indexOf(needle); at >= 0; at = t.indexOf(needle, at + 1)) {
    if (!cjk && at > 0 && LETTER_OR_DIGIT.test(t[at - 1])) continue;
    pattern.lastIndex = at;
    const found = pattern.exec(t);
    if (found) yield { start: at, end: at + found[0].length };
  }
}

export type CompiledGlossary = { groups: { id: string; terms: string[]; matchers: TermMatcher[] }[] };

export function compileGlossary(groups: SynonymGroup[]): CompiledGlossary {
  return {
    groups: groups
      .map((g) => ({ id: g.id, terms: g.terms.map(normalizeText).filter(Boolean) }))
      .filter((g) => g.terms.length > 1)
      .map((g) => ({ ...g, matchers: g.terms.map(matcher) })),
  };
}

/**
 * The groups a text mentions, with the terms it used. Longest match wins: a term inside a longer term of another
 * group does not count ("password" in "fund password" is the trading password, not the login one).
 */
export function glossaryHits(
  glossary: CompiledGlossary,
  text: string,
): { id: string; terms: string[]; used: string[] }[] {
  const t = normalizeText(text).replace(/ё/g, "е");
  const spans: { group: number; term: string; start: number; end: number }[] = [];
  glossary.groups.forEach((group, g) => {
    group.matchers.forEach((term, i) => {
      for (const { start, end } of matches(t, term)) spans.push({ group: g, term: group.terms[i], start, end });
    });
  });
  const kept = spans.filter(
    (s) =>
      !spans.some(
        (o) => o.group !== s.group && o.end - o.start > s.end - s.start && o.start <= s.start && o.end >= s.end,
      ),
  );
  const hits: { id: string; terms: string[]; used: string[] }[] = [];
  glossary.groups.forEach((group, g) => {
    const used = [...new Set(kept.filter((s) => s.group === g).map((s) => s.term))];
    if (used.length) hits.push({ id: group.id, terms: group.terms, used });
  });
  return hits;
}

/** Parses the admin's text: one group per line, terms separated by commas, slashes, "、" or "，". */
export function parseGlossaryText(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((line) => [
      ...new Set(
        line
          .split(/[,，、/;；|]/)
          .map((term) => normalizeText(term))
          .filter(Boolean),
      ),
    ])
    .filter((terms) => terms.length > 1);
}
