// Agent search over 1M tickets must be indexed: the ticket keeps a search document (a trigger turns it into a
// tsvector, 'simple' config). Chinese has no spaces, so CJK runs are indexed as words and character bigrams.
import { formatTicketNumber } from "@/lib/contracts/ticket";

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

/**
 * Searchable terms of a text: latin words and numbers, the segmenter's CJK words, and every bigram of each CJK run
 * (whole runs, so a word the segmenter cut in two is still found).
 */
export function searchTerms(text: string): string[] {
  const normalized = normalize(text);
  const terms: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(normalized)) {
    if (!isWordLike) continue;
    terms.push(...(segment.match(CJK_RUN) ?? []).filter((word) => [...word].length > 1));
    terms.push(...(segment.replace(CJK_RUN, " ").match(TOKEN) ?? []));
  }
  for (const run of normalized.match(CJK_RUN) ?? []) terms.push(...bigrams(run));
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
 * A search box entry as a tsquery: every term must match; the last latin word (3+ characters) also as a prefix, as
 * people type; a CJK run by all its bigrams. Only letters and digits reach the query, so it carries no tsquery syntax.
 */
export function toTsQuery(q: string): string | null {
  const normalized = normalize(q);
  const parts: string[] = [];
  // A CJK run: all its bigrams; a single character: as a prefix of the indexed words and bigrams.
  for (const run of normalized.match(CJK_RUN) ?? []) parts.push(...([...run].length > 1 ? bigrams(run).map((b) => `'${b}'`) : [`'${run}':*`]));
  let lastWord = -1;
  for (const { segment, isWordLike } of segmenter.segment(normalized.replace(CJK_RUN, " "))) {
    if (!isWordLike) continue;
    for (const word of segment.match(TOKEN) ?? []) {
      parts.push(`'${word}'`);
      lastWord = word.length >= 3 ? parts.length - 1 : -1;
    }
  }
  if (lastWord >= 0 && lastWord === parts.length - 1) parts[lastWord] += ":*";
  const unique = [...new Set(parts)].slice(0, 16);
  return unique.length ? unique.join(" & ") : null;
}
