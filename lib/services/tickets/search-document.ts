// Agent search over 1M tickets must be indexed: the ticket keeps a search document (a trigger turns it into a
// tsvector, 'simple' config). Chinese has no spaces, so CJK runs are indexed as words and character bigrams.
import { formatTicketNumber } from "@/lib/validations/ticket";

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const TOKEN = /[\p{L}\p{N}]+/gu;

/** The document grows with the thread, within a bound (a tsvector holds at most 1 MB). */
export const MAX_SEARCH_DOCUMENT = 60_000;

const normalize = (text: string) => text.normalize("NFKC").toLowerCase();

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** Searchable terms of a text: latin words and numbers, CJK words plus every CJK bigram. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(normalize(text))) {
    if (!isWordLike) continue;
    const runs = segment.match(CJK_RUN) ?? [];
    for (const run of runs) terms.push(run, ...(run.length > 1 ? bigrams(run) : []));
    terms.push(...(segment.replace(CJK_RUN, " ").match(TOKEN) ?? []));
  }
  return [...new Set(terms)];
}

/** The first document of a ticket: its number, subject, requester and description. */
export function initialSearchDocument(input: { number: number; subject: string; requesterName: string; requesterEmail: string; body: string }): string {
  const head = [formatTicketNumber(input.number), input.subject, input.requesterName, input.requesterEmail].join(" ");
  return `${searchTerms(head).join(" ")}\n${searchTerms(input.body).join(" ")}`.slice(0, MAX_SEARCH_DOCUMENT);
}

/** The document after one more reply or note (new terms only, still bounded). */
export function appendToSearchDocument(document: string, text: string): string {
  const known = new Set(document.split(/\s+/));
  const added = searchTerms(text).filter((term) => !known.has(term));
  if (!added.length) return document;
  return `${document}\n${added.join(" ")}`.slice(0, MAX_SEARCH_DOCUMENT);
}

/**
 * A search box entry as a tsquery: every term must match; latin words of 3+ characters match as prefixes, a CJK
 * run by all its bigrams. Only letters and digits reach the query, so it can carry no tsquery syntax.
 */
export function toTsQuery(q: string): string | null {
  const parts: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(normalize(q))) {
    if (!isWordLike) continue;
    for (const run of segment.match(CJK_RUN) ?? []) parts.push(...bigrams(run).map((b) => `'${b}'`));
    for (const word of segment.replace(CJK_RUN, " ").match(TOKEN) ?? []) parts.push(word.length >= 3 ? `'${word}':*` : `'${word}'`);
  }
  const unique = [...new Set(parts)].slice(0, 16);
  return unique.length ? unique.join(" & ") : null;
}
