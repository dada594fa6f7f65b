import { bigrams } from "./segment";
import type { Marked } from "@/lib/contracts/search";
import type { QueryTerm } from "./query";

const ENGLISH_SUFFIXES = [
  "ations",
  "ation",
  "ments",
  "ment",
  "ings",
  "ing",
  "als",
  "al",
  "ers",
  "er",
  "ed",
  "es",
  "s",
  "ly",
];

/** A crude stem, only to highlight "withdraw", "withdrawal" and "withdrawing" for "withdrawals". */
function stemPrefix(word: string): string {
  for (const suffix of ENGLISH_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A regex finding what a query's terms match in text (longest alternatives first), or null for no terms. */
export function highlighter(terms: QueryTerm[]): RegExp | null {
  const cjk = new Set<string>();
  const latin = new Set<string>();
  for (const term of terms) {
    if (term.cjk) {
      cjk.add(term.text);
      for (const pair of bigrams(term.text)) cjk.add(pair);
    } else latin.add(stemPrefix(term.text));
  }
  const parts = [
    ...[...cjk].sort((a, b) => b.length - a.length).map(escapeRegExp),
    ...[...latin]
      .sort((a, b) => b.length - a.length)
      .map((w) => `(?<![\\p{L}\\p{N}])${escapeRegExp(w)}[\\p{L}\\p{N}]*`),
  ];
  return parts.length > 0 ? new RegExp(parts.join("|"), "giu") : null;
}

/** Splits text into marked and unmarked parts. */
export function markMatches(text: string, pattern: RegExp | null): Marked {
  if (!pattern) return [{ text, mark: false }];
  const parts: Marked = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), mark: false });
    parts.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/**
 * The passage of `text` (about `length` characters) holding the most matches, marked; the opening of the text when
 * nothing matches. Cut at word boundaries with an ellipsis where the passage is cut.
 */
export function makeSnippet(text: string, pattern: RegExp | null, length = 160): Marked {
  const flat = text.replace(/\s+/g, " ").trim();
  const starts = pattern ? [...flat.matchAll(pattern)].map((m) => m.index) : [];
  let start = 0;
  if (starts.length > 0) {
    let best = 0;
    let bestCount = 0;
    for (let i = 0; i < starts.length; i++) {
      let count = 0;
      while (i + count < starts.length && starts[i + count] < starts[i] + length * 0.8) count++;
      if (count > bestCount) [best, bestCount] = [i, count];
    }
    start = Math.max(0, starts[best] - Math.floor(length * 0.2));
    if (start > 0) {
      const space = flat.lastIndexOf(" ", start);
      const sentence = Math.max(flat.lastIndexOf("。", start), flat.lastIndexOf(". ", start));
      if (sentence >= 0 && starts[best] - sentence < length * 0.5) start = sentence + 1;
      else if (space >= 0 && start - space < 15) start = space + 1;
    }
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    if (space > start + length * 0.7) end = space;
  }
  const body = flat.slice(start, end).trim();
  const parts = markMatches(body, pattern);
  if (start > 0) parts.unshift({ text: "…", mark: false });
  if (end < flat.length) parts.push({ text: "…", mark: false });
  return parts;
}
