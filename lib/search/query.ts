import { SEARCH_QUERY_MAX } from "@/lib/contracts/kb";
import { bigrams, normalizeText, segments } from "./segment";

/** Words that only make a Chinese question a question; dropped from a query unless nothing else is left. */
const ZH_STOPWORDS = new Set([
  "的", "了", "吗", "呢", "吧", "啊", "呀", "么", "我", "你", "您", "我的", "我们", "你们", "怎么", "怎么办", "怎样",
  "如何", "为什么", "为何", "什么", "请问", "一下", "可以", "能否", "是否", "哪里", "在哪", "在哪里", "办",
]);


/** One thing the searcher typed: a latin word, or a Chinese chunk matched by all of its character bigrams. */
export type QueryTerm = { text: string; cjk: boolean };

export type ParsedQuery = {
  /** The query as logged and compared: NFKC, lower case, single spaces. */
  normalized: string;
  terms: QueryTerm[];
  /** Latin words long enough for a typo fallback on titles. */
  typoWords: string[];
};

/** Splits a query into terms: latin words, and CJK chunks (consecutive segments between stopwords). */
export function parseQuery(q: string): ParsedQuery {
  const normalized = normalizeText(q).slice(0, SEARCH_QUERY_MAX);
  const all = segments(normalized);
  const meaningful = all.filter((s) => !(s.cjk && ZH_STOPWORDS.has(s.text)));
  const kept = meaningful.length > 0 ? meaningful : all;
  const terms: QueryTerm[] = [];
  let previous: (typeof all)[number] | undefined;
  for (const segment of all) {
    if (!kept.includes(segment)) {
      previous = undefined;
      continue;
    }
    const last = terms.at(-1);
    if (segment.cjk && previous?.cjk && last?.cjk) last.text += segment.text;
    else terms.push({ ...segment });
    previous = segment;
  }
  const unique = terms.filter((term, i) => terms.findIndex((other) => other.text === term.text) === i).slice(0, 12);
  const typoWords = unique.filter((t) => !t.cjk && /\p{L}/u.test(t.text) && t.text.length >= 4).map((t) => t.text);
  return { normalized, terms: unique, typoWords };
}

/** A CJK chunk as tsquery: all its bigrams (one character: itself). Latin: the word. Tokens are letters/digits only. */
function termQuery(term: QueryTerm, weight: string): string {
  if (!term.cjk) return `'${term.text}'${weight}`;
  const pairs = bigrams(term.text);
  const parts = (pairs.length > 0 ? pairs : [term.text]).map((p) => `'${p}'${weight}`);
  return parts.length === 1 ? parts[0] : `(${parts.join(" & ")})`;
}

/**
 * The tsquery text (for to_tsquery with 'simple' or 'english') matching every term (`all`), any word or bigram
 * (`any`, the fallback that ranks by how much matches), or every term within the title (`titleAll`, weight A).
 */
export function toTsQueries(parsed: ParsedQuery): { all: string; any: string; titleAll: string } | null {
  if (parsed.terms.length === 0) return null;
  return {
    all: parsed.terms.map((t) => termQuery(t, "")).join(" & "),
    any: parsed.terms.flatMap((t) => (t.cjk && t.text.length > 1 ? bigrams(t.text) : [t.text])).map((x) => `'${x}'`).join(" | "),
    titleAll: parsed.terms.map((t) => termQuery(t, ":A")).join(" & "),
  };
}
