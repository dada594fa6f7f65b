import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/actor";
import { toSnippet, type SearchResponse, type SearchResult } from "@/lib/contracts/search";
import { getConnection } from "@/lib/db/client";
import { firstTimeSearched } from "./search-limits";
import { logger } from "@/lib/logger";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import { parseQuery, withSynonyms } from "@/lib/search/query";
import { highlighter, makeSnippet } from "@/lib/search/snippet";
import { loadGlossary } from "./load-glossary";
import { rankArticles } from "./search-ranking";
import { localizeJson } from "@/lib/db/localized";
import { fallbackChain, languageOf, pickTranslation, type Locale } from "@/lib/i18n/locales";
import { mayReadDrafts } from "./visibility";

export type SearchArticlesInput = {
  actor: Actor | null;
  q: string;
  /** The reader's language: results show this translation when there is one, and it wins ties. */
  locale: Locale;
  limit?: number;
  /** Only articles in this category (by slug). */
  categorySlug?: string;
  /** Agents and admins only (ignored for anyone else): include drafts. */
  includeDrafts?: boolean;
  /** Log the query for the search report (default true; the API always logs). */
  log?: boolean;
  /** Who searches (search-limits.ts searcherKey): their repeats of one query are logged once. */
  searcher?: string;
};

type ResultRow = {
  id: string;
  slug: string;
  status: "DRAFT" | "PUBLISHED";
  categorySlug: string;
  categoryName: Prisma.JsonValue;
  locale: string;
  title: string;
  body: string;
};

// One translation per article: the first of the reader's fallback chain (bodies are the costly part to read).
const RESULTS_SQL = `
SELECT DISTINCT ON (a."id") a."id", a."slug", a."status", c."slug" AS "categorySlug", c."name" AS "categoryName", t."locale", t."title", t."body"
FROM "Article" a JOIN "Category" c ON c."id" = a."categoryId" JOIN "ArticleTranslation" t ON t."articleId" = a."id"
WHERE a."id" = ANY($1::text[])
ORDER BY a."id", array_position($2::text[], t."locale"), t."locale"`;

/**
 * Searches the help center in Chinese and English: zh segmented into words and bigrams, English stemmed, titles
 * above bodies, typos in English corrected against title words. Customers, guests and visitors see published articles only.
 * Every query (but the empty one) is logged with its locale and result count.
 */
export async function searchArticles(input: SearchArticlesInput): Promise<SearchResponse> {
  const started = performance.now();
  const limit = Math.min(Math.max(input.limit ?? 10, 1), 50);
  const parsed = parseQuery(input.q);
  if (!parsed.normalized) return { results: [], total: 0, tookMs: 0 };
  const glossary = await loadGlossary();
  const drafts = Boolean(input.includeDrafts) && mayReadDrafts(input.actor);
  const { sql } = await getConnection();
  const filters = { locale: input.locale, drafts, categorySlug: input.categorySlug ?? null };
  const { ids, total, correctedQuery } = await rankArticles(sql, parsed, filters, limit, (p) =>
    withSynonyms(p, glossary),
  );

  // Plain SQL: one round trip for the page of results (this runs on every keystroke of search-as-you-type).
  const rows = ids.length
    ? await sql.query<ResultRow>(RESULTS_SQL, [ids.map(([id]) => id), fallbackChain(input.locale)])
    : [];
  const byId = new Map<string, ResultRow[]>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  const pattern = highlighter(correctedQuery ? parseQuery(correctedQuery).terms : parsed.terms);
  const results: SearchResult[] = [];
  for (const [id, score] of ids) {
    const translations = byId.get(id) ?? [];
    const shown = pickTranslation(translations, input.locale);
    if (!shown) continue;
    const length = languageOf(shown.locale).compact ? 90 : 180;
    results.push({
      id,
      slug: shown.slug,
      title: shown.title,
      snippet: toSnippet(makeSnippet(markdownToPlainText(shown.body), pattern, length)),
      category: { slug: shown.categorySlug, name: localizeJson(shown.categoryName, input.locale) },
      score: Math.round(score * 10_000) / 10_000,
      locale: shown.locale as Locale,
      status: shown.status,
    });
  }
  if (input.log !== false && (!input.searcher || (await firstTimeSearched(input.searcher, parsed.normalized)))) {
    await sql
      .query(`INSERT INTO "SearchQuery" ("id", "query", "locale", "resultCount") VALUES ($1, $2, $3, $4)`, [
        randomUUID(),
        parsed.normalized,
        input.locale,
        total,
      ])
      .catch((error) => logger.error({ err: error }, "search query not logged"));
  }
  return {
    results,
    total,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
    ...(correctedQuery ? { correctedQuery } : {}),
  };
}
