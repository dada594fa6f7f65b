import { SEARCH_QUERY_MAX } from "@/lib/contracts/kb";
import type { CompiledGlossary } from "./glossary";
import { bigrams, isCjk, normalizeText, segments } from "./segment";

/** Words that only make a Chinese question a question; dropped from a query unless nothing else is left. */
const ZH_STOPWORDS = new Set([
  "的",
  "了",
  "吗",
  "呢",
  "吧",
  "啊",
  "呀",
  "么",
  "我",
  "你",
  "您",
  "我的",
  "我们",
  "你们",
  "怎么",
  "怎么办",
  "怎样",
  "如何",
  "为什么",
  "为何",
  "什么",
  "请问",
  "一下",
  "可以",
  "能否",
  "是否",
  "哪里",
  "在哪",
  "在哪里",
  "办",
]);

/** One thing the searcher typed: a latin word, or a Chinese chunk matched by all of its character bigrams. */
export type QueryTerm = { text: string; cjk: boolean };

export type ParsedQuery = {
  /** The query as logged and compared: NFKC, lower case, single spaces. */
  normalized: string;
  terms: QueryTerm[];
  /** Latin words long enough for a typo fallback on titles. */
  typoWords: string[];
  /** Per term, what the glossary says it may also be written as (see withSynonyms). */
  synonyms?: Synonyms[];
};

/** A term's glossary alternatives: for a CJK chunk, the part `inside` it that has synonyms, and the chunk's rest. */
type Synonyms = { before: string; inside: string; after: string; alternatives: QueryTerm[][] } | null;

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
function plainTermQuery(term: QueryTerm, weight: string): string {
  if (!term.cjk) return `'${term.text}'${weight}`;
  const pairs = bigrams(term.text);
  const parts = (pairs.length > 0 ? pairs : [term.text]).map((p) => `'${p}'${weight}`);
  return parts.length === 1 ? parts[0] : `(${parts.join(" & ")})`;
}

const andAll = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(" & ")})`);
const cjkPiece = (text: string, weight: string) => (text ? [plainTermQuery({ text, cjk: true }, weight)] : []);

/** A term with its glossary alternatives: 提现 → (提现 | 提币 | withdraw); inside a chunk, 提现手续费 → (…) & 手续费. */
function termQuery(term: QueryTerm, weight: string, synonyms: Synonyms): string {
  if (!synonyms) return plainTermQuery(term, weight);
  const options = [synonyms.inside, ...synonyms.alternatives.map((alt) => alt)].map((option) =>
    typeof option === "string"
      ? plainTermQuery({ text: option, cjk: term.cjk }, weight)
      : andAll(option.map((t) => plainTermQuery(t, weight))),
  );
  const middle = `(${[...new Set(options)].join(" | ")})`;
  return andAll([...cjkPiece(synonyms.before, weight), middle, ...cjkPiece(synonyms.after, weight)]);
}

/** The glossary's alternatives for each term (single latin words and CJK words inside a chunk). */
export function withSynonyms(parsed: ParsedQuery, glossary: CompiledGlossary | null): ParsedQuery {
  if (!glossary?.groups.length) return parsed;
  const synonyms = parsed.terms.map((term): Synonyms => {
    for (const group of glossary.groups) {
      const hit = term.cjk
        ? group.terms
            .filter((g) => isCjk(g) && [...g].length >= 2 && term.text.includes(g))
            .sort((a, b) => b.length - a.length)[0]
        : group.terms.find((g) => g === term.text || `${g}s` === term.text);
      if (!hit) continue;
      const at = term.cjk ? term.text.indexOf(hit) : 0;
      const alternatives = group.terms
        .filter((g) => g !== hit)
        .map((g) => segments(g))
        .filter((alt) => alt.length > 0 && alt.length <= 3);
      return term.cjk
        ? { before: term.text.slice(0, at), inside: hit, after: term.text.slice(at + hit.length), alternatives }
        : { before: "", inside: term.text, after: "", alternatives };
    }
    return null;
  });
  return synonyms.some(Boolean) ? { ...parsed, synonyms } : parsed;
}

/**
 * The tsquery text (for to_tsquery with 'simple' or 'english') matching every term (`all`), any word or bigram
 * (`any`, the fallback that ranks by how much matches), or every term within the title (`titleAll`, weight A).
 */
export function toTsQueries(parsed: ParsedQuery): { all: string; any: string; titleAll: string } | null {
  if (parsed.terms.length === 0) return null;
  const synonyms = parsed.synonyms ?? [];
  const words = (t: QueryTerm) => (t.cjk && t.text.length > 1 ? bigrams(t.text) : [t.text]);
  const alternatives = synonyms.flatMap((s) => s?.alternatives.flat() ?? []);
  return {
    all: parsed.terms.map((t, i) => termQuery(t, "", synonyms[i] ?? null)).join(" & "),
    any: [...new Set([...parsed.terms, ...alternatives].flatMap(words))].map((x) => `'${x}'`).join(" | "),
    titleAll: parsed.terms.map((t, i) => termQuery(t, ":A", synonyms[i] ?? null)).join(" & "),
  };
}
