import { isCjk, normalizeText } from "./segment";

/** One line of the glossary: words customers use for the same thing, in any language ("提币, 提现, withdraw, cash out"). */
export type SynonymGroup = { id: string; terms: string[] };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A matcher for one term: CJK anywhere (no word breaks), latin on word boundaries with a plural or verb ending. */
function termPattern(term: string): RegExp {
  const t = normalizeText(term);
  if (isCjk(t)) return new RegExp(escape(t), "u");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(t).replace(/ /g, "\\s*")}(?:s|es|ed|ing|d)?(?![\\p{L}\\p{N}])`, "u");
}

export type CompiledGlossary = { groups: { id: string; terms: string[]; patterns: RegExp[] }[] };

export function compileGlossary(groups: SynonymGroup[]): CompiledGlossary {
  return {
    groups: groups
      .map((g) => ({ id: g.id, terms: g.terms.map(normalizeText).filter(Boolean) }))
      .filter((g) => g.terms.length > 1)
      .map((g) => ({ ...g, patterns: g.terms.map(termPattern) })),
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
  const t = normalizeText(text);
  const spans: { group: number; term: string; start: number; end: number }[] = [];
  glossary.groups.forEach((group, g) => {
    group.patterns.forEach((pattern, i) => {
      const global = new RegExp(pattern.source, "gu");
      for (const match of t.matchAll(global))
        spans.push({ group: g, term: group.terms[i], start: match.index, end: match.index + match[0].length });
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
