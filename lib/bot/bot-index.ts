import { LOCALES, type Locale } from "@/lib/i18n/locales";
import type { CompiledGlossary } from "@/lib/search/glossary";
import { botTokens, type Tokens } from "./bot-tokens";

/** One published article in one language, as the bot reads it. */
export type BotSourceArticle = { slug: string; locale: Locale; title: string; questions: string[]; body: string };

type Doc = {
  slug: string;
  title: string;
  body: string;
  fields: Tokens[];
  union: Set<string>;
  bodyTf: Tokens;
  bodyLength: number;
};
type LocaleIndex = {
  docs: Doc[];
  idf: Map<string, number>;
  postings: Map<string, number[]>;
  avgBody: number;
  words: Map<string, number>;
};
export type BotIndex = { locales: Partial<Record<Locale, LocaleIndex>>; glossary: CompiledGlossary | null };
export type Ranked = { slug: string; title: string; body: string; score: number };

// Measured on bench/bot (see the README's bot paragraph): the best customer question or the title carries the
// answer; the body breaks ties and catches what no question names. Scores run 0–5 like the admin's threshold.
export type RankWeights = { best: number; cover: number; body: number };
export const RANK_WEIGHTS: RankWeights = { best: 0.2, cover: 0.5, body: 0.45 };
const K1 = 1.2;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const B = 0.6;

function bodyTokens(text: string, glossary: CompiledGlossary | null): { tf: Tokens; length: number } {
  const tf: Tokens = new Map();
  let length = 0;
  // Paragraph by paragraph: term frequency counts how many passages mention a token.
  for (const passage of text.split(/\n+/)) {
    for (const token of botTokens(passage, glossary).keys()) {
      tf.set(token, (tf.get(token) ?? 0) + 1);
      length++;
    }
  }
  return { tf, length };
}

export function buildBotIndex(articles: BotSourceArticle[], glossary: CompiledGlossary | null): BotIndex {
  const index: BotIndex = { locales: {}, glossary };
  for (const locale of LOCALES) {
    const docs = articles
      .filter((a) => a.locale === locale)
      .map((a) => {
        const body = bodyTokens(a.body, glossary);
        const fields = [a.title, ...a.questions].map((q) => botTokens(q, glossary));
        const union = new Set(fields.flatMap((f) => [...f.keys()]));
        return { slug: a.slug, title: a.title, body: a.body, fields, union, bodyTf: body.tf, bodyLength: body.length };
      });
    const df = new Map<string, number>();
    const postings = new Map<string, number[]>();
    const words = new Map<string, number>();
    docs.forEach((doc, i) => {
      const all = new Set([...doc.bodyTf.keys(), ...doc.fields.flatMap((f) => [...f.keys()])]);
      for (const token of all) {
        df.set(token, (df.get(token) ?? 0) + 1);
        postings.set(token, [...(postings.get(token) ?? []), i]);
        if (token.startsWith("w:")) words.set(token.slice(2), (words.get(token.slice(2)) ?? 0) + 1);
      }
    });
    const n = docs.length || 1;
    const idf = new Map([...df].map(([token, count]) => [token, Math.log(1 + (n - count + 0.5) / (count + 0.5))]));
    const avgBody = docs.reduce((sum, d) => sum + d.bodyLength, 0) / n || 1;
    index.locales[locale] = { docs, idf, postings, avgBody, words };
  }
  return index;
}

/** Edit distance, stopping early past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/** A latin word the articles never use, replaced by the closest one they do ("withdrawl" → "withdraw"). */
function corrected(tokens: Tokens, index: LocaleIndex): Tokens {
  const out: Tokens = new Map();
  for (const [token, weight] of tokens) {
    // Russian stems are short already: a five-letter one is a word the articles lack, not a typo of one they have.
    const tooShort = token.length < (CYRILLIC.test(token) ? 8 : 6);
    if (!token.startsWith("w:") || index.idf.has(token) || tooShort) {
      out.set(token, weight);
      continue;
    }
    const word = token.slice(2);
    const max = word.length >= 7 ? 2 : 1;
    let best: { word: string; d: number; df: number } | null = null;
    for (const [candidate, df] of index.words) {
      const d = distance(word, candidate, max);
      if (d <= max && (!best || d < best.d || (d === best.d && df > best.df))) best = { word: candidate, d, df };
    }
    out.set(best ? `w:${best.word}` : token, weight * (best ? 0.8 : 1));
  }
  return out;
}

function cosine(query: Map<string, number>, field: Tokens, idf: Map<string, number>): number {
  let shared = 0;
  let fieldMass = 0;
  for (const [token, weight] of field) {
    const w = weight * (idf.get(token) ?? 0);
    fieldMass += w;
    if (query.has(token)) shared += Math.min(query.get(token)!, w);
  }
  const queryMass = [...query.values()].reduce((s, w) => s + w, 0);
  return queryMass && fieldMass ? shared / Math.sqrt(queryMass * fieldMass) : 0;
}

/** The articles that best answer a message, best first, in the given language. */
export function rankForBot(index: BotIndex, text: string, locale: Locale, limit = 3, weights = RANK_WEIGHTS): Ranked[] {
  const li = index.locales[locale];
  if (!li || !li.docs.length) return [];
  const tokens = corrected(botTokens(text, index.glossary), li);
  const query = new Map([...tokens].map(([t, w]) => [t, w * (li.idf.get(t) ?? 0)] as const).filter(([, w]) => w > 0));
  const queryMass = [...query.values()].reduce((s, w) => s + w, 0);
  if (!queryMass) return [];
  const candidates = new Set([...query.keys()].flatMap((t) => li.postings.get(t) ?? []));
  const ranked: Ranked[] = [];
  for (const i of candidates) {
    const doc = li.docs[i];
    const best = Math.max(...doc.fields.map((f) => cosine(query, f, li.idf)));
    let covered = 0;
    for (const [token, w] of query) if (doc.union.has(token)) covered += w;
    let body = 0;
    for (const [token, w] of query) {
      const tf = doc.bodyTf.get(token) ?? 0;
      if (tf) body += (w * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * doc.bodyLength) / li.avgBody)) / (K1 + 1);
    }
    const score = 5 * (weights.best * best + weights.cover * (covered / queryMass) + weights.body * (body / queryMass));
    ranked.push({ slug: doc.slug, title: doc.title, body: doc.body, score });
  }
  return ranked.sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : 1)).slice(0, limit);
}
