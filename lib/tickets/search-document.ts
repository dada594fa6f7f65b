// Agent search over 1M tickets must be indexed: the ticket keeps a search document (a trigger turns it into a
// tsvector, 'simple' config). Chinese has no spaces, so CJK runs are indexed as words and character bigrams.
import { formatTicketNumber } from "@/lib/contracts/ticket";
import { bigrams, cjkRuns, segments } from "@/lib/search/segment";

/** The document grows with the thread, within a bound (a tsvector holds at most 1 MB). */
export const MAX_SEARCH_DOCUMENT = 60_000;

/**
 * Searchable terms of a text (the help center's segmentation): latin words and numbers, CJK runs of two characters
 * or more, and every bigram of each CJK run, so a word the segmenter would cut in two is still found.
 */
export function searchTerms(text: string): string[] {
  const words = segments(text).flatMap(({ text: word, cjk }) => (cjk && [...word].length < 2 ? [] : [word]));
  return [...new Set([...words, ...cjkRuns(text).flatMap(bigrams)])];
}

/** The first document of a ticket: its number, subject, requester and description. */
export function initialSearchDocument(input: {
  number: number;
  subject: string;
  requesterName: string;
  requesterEmail: string;
  body: string;
}): string {
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
  const parts: string[] = [];
  // A CJK run: all its bigrams; a single character: as a prefix of the indexed words and bigrams.
  for (const run of cjkRuns(q))
    parts.push(...([...run].length > 1 ? bigrams(run).map((b) => `'${b}'`) : [`'${run}':*`]));
  const words = segments(q).filter((segment) => !segment.cjk);
  parts.push(...words.map(({ text }) => `'${text}'`));
  const last = words.at(-1)?.text;
  if (last && last.length >= 3) parts[parts.length - 1] += ":*";
  const unique = [...new Set(parts)].slice(0, 16);
  return unique.length ? unique.join(" & ") : null;
}
