import type { Locale } from "@/lib/i18n/locales";

// What a search answers, as the browser receives it (no zod here: the help center's pages import it).

/** Search counts matching articles up to this many (bounded work per query); `total` at the cap means "at least". */
export const SEARCH_TOTAL_CAP = 300;

/** Text cut into the parts a search matched (`mark`) and the rest. */
export type Marked = { text: string; mark: boolean }[];

/** A passage of an article and where the search matched in it: `[start, end)` offsets into `text`. */
export type Snippet = { text: string; highlights: [start: number, end: number][] };

export const toSnippet = (parts: Marked): Snippet => {
  let text = "";
  const highlights: Snippet["highlights"] = [];
  for (const part of parts) {
    if (part.mark) highlights.push([text.length, text.length + part.text.length]);
    text += part.text;
  }
  return { text, highlights };
};

/** The snippet's text cut at its highlights, for rendering as React text (never as HTML). */
export function snippetParts({ text, highlights }: Snippet): Marked {
  const parts: Marked = [];
  let last = 0;
  for (const [start, end] of highlights) {
    if (start > last) parts.push({ text: text.slice(last, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    last = end;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

export type SearchResult = {
  id: string;
  slug: string;
  /** In the reader's language when that translation exists, else in `locale`. */
  title: string;
  snippet: Snippet;
  category: { slug: string; name: string };
  score: number;
  locale: Locale;
  status: "DRAFT" | "PUBLISHED";
};

/**
 * `total`: matching articles, counted up to SEARCH_TOTAL_CAP (300; "at least" when reached). `correctedQuery`: set
 * when the query found nothing as typed and typo-corrected words found these.
 */
export type SearchResponse = { results: SearchResult[]; total: number; tookMs: number; correctedQuery?: string };
