import type { Actor } from "@/lib/auth/actor";
import { getConnection, getPrisma } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import { parseQuery, toTsQueries, type ParsedQuery } from "@/lib/search/query";
import { highlighter, makeSnippet, toMarkedHtml } from "@/lib/search/snippet";
import { localizedName, mayReadDrafts, pickTranslation } from "./visibility";

export type SearchResult = {
  id: string;
  slug: string;
  /** In the reader's language when that translation exists, else in `locale`. */
  title: string;
  /** HTML-escaped text with `<mark>` around the matches (render with parseMarkedHtml, or as HTML). */
  snippet: string;
  category: { slug: string; name: string };
  score: number;
  locale: Locale;
  status: "DRAFT" | "PUBLISHED";
};

export type SearchResponse = { results: SearchResult[]; total: number; tookMs: number };

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
};

type Hit = { id: string; score: number; total: number };

// Title match of every term: +1, so title matches rank above body matches; ts_rank (title weight A) orders within.
const FULL_TEXT_SQL = `
WITH hits AS (
  SELECT t."articleId" AS id,
    ts_rank('{0.05,0.1,0.3,1}', t."searchVector", CASE WHEN t."locale" = 'en' THEN to_tsquery('english', $1) ELSE to_tsquery('simple', $1) END, 1)
    + CASE WHEN t."searchVector" @@ (CASE WHEN t."locale" = 'en' THEN to_tsquery('english', $2) ELSE to_tsquery('simple', $2) END) THEN 1 ELSE 0 END
    + CASE WHEN t."locale" = $3 THEN 0.001 ELSE 0 END AS score
  FROM "ArticleTranslation" t
  JOIN "Article" a ON a."id" = t."articleId"
  WHERE ((t."locale" = 'en' AND t."searchVector" @@ to_tsquery('english', $1))
      OR (t."locale" <> 'en' AND t."searchVector" @@ to_tsquery('simple', $1)))
    AND ($4::boolean OR a."status" = 'PUBLISHED')
    AND ($5::text IS NULL OR a."categoryId" IN (SELECT c."id" FROM "Category" c WHERE c."slug" = $5))
), best AS (SELECT id, max(score) AS score FROM hits GROUP BY id)
SELECT id, score::float8 AS score, (count(*) OVER ())::int AS total FROM best ORDER BY score DESC, id LIMIT $6`;

// Typo fallback on titles only (pg_trgm word similarity through the title's GIN trigram index): below any title match.
function typoSql(words: number): string {
  const similar = Array.from({ length: words }, (_, i) => `$${i + 4} <% t."title"`).join(" OR ");
  const score = Array.from({ length: words }, (_, i) => `word_similarity($${i + 4}, t."title")`).join(" + ");
  return `
SELECT t."articleId" AS id, (max(${score}) / ${words})::float8 AS score, (count(*) OVER ())::int AS total
FROM "ArticleTranslation" t JOIN "Article" a ON a."id" = t."articleId"
WHERE (${similar})
  AND ($1::boolean OR a."status" = 'PUBLISHED')
  AND ($2::text IS NULL OR a."categoryId" IN (SELECT c."id" FROM "Category" c WHERE c."slug" = $2))
GROUP BY t."articleId" ORDER BY score DESC, id LIMIT $3`;
}

/**
 * Article ids ranked for a query, in tiers: every term (score 2–4; +1 when all are in the title), then any term when
 * that finds little (1–2), then English title typos (0–1).
 */
async function rankedHits(parsed: ParsedQuery, locale: Locale, limit: number, drafts: boolean, category: string | null) {
  const queries = toTsQueries(parsed);
  const { sql } = await getConnection();
  const ranked = new Map<string, number>();
  let total = 0;
  const take = (rows: Hit[]) => {
    for (const row of rows) if (!ranked.has(row.id)) ranked.set(row.id, row.score);
    total = Math.max(total, rows[0]?.total ?? 0, ranked.size);
  };
  if (queries) {
    const allRows = await sql.query<Hit>(FULL_TEXT_SQL, [queries.all, queries.titleAll, locale, drafts, category, limit]);
    take(allRows.map((row) => ({ ...row, score: 2 + row.score })));
    if (ranked.size < Math.min(3, limit) && queries.any.includes("|")) {
      const anyRows = await sql.query<Hit>(FULL_TEXT_SQL, [queries.any, queries.titleAll, locale, drafts, category, limit]);
      // Partial matches rank after full ones.
      take(anyRows.map((row) => ({ ...row, score: 1 + Math.min(row.score, 0.99) })));
    }
  }
  const words = parsed.typoWords.slice(0, 3);
  if (ranked.size < limit && words.length > 0) {
    const typos = await sql.query<Hit>(typoSql(words.length), [drafts, category, limit, ...words]);
    const fresh = typos.filter((row) => !ranked.has(row.id));
    take(fresh.map((row) => ({ ...row, score: Math.min(row.score, 0.99) })));
    total = Math.max(total, ranked.size);
  }
  return { ids: [...ranked.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit), total };
}

/**
 * Searches the help center in Chinese and English: zh segmented into words and bigrams, English stemmed, titles
 * above bodies, typo fallback on English titles. Customers, guests and visitors see published articles only.
 * Every query (but the empty one) is logged with its locale and result count.
 */
export async function searchArticles(input: SearchArticlesInput): Promise<SearchResponse> {
  const started = performance.now();
  const limit = Math.min(Math.max(input.limit ?? 10, 1), 50);
  const parsed = parseQuery(input.q);
  if (!parsed.normalized) return { results: [], total: 0, tookMs: 0 };
  const drafts = Boolean(input.includeDrafts) && mayReadDrafts(input.actor);
  const { ids, total } = await rankedHits(parsed, input.locale, limit, drafts, input.categorySlug ?? null);

  const prisma = await getPrisma();
  const rows = ids.length
    ? await prisma.article.findMany({
        where: { id: { in: ids.map(([id]) => id) } },
        select: {
          id: true,
          slug: true,
          status: true,
          category: { select: { slug: true, nameZh: true, nameEn: true } },
          translations: { select: { locale: true, title: true, body: true } },
        },
      })
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const pattern = highlighter(parsed.terms);
  const results: SearchResult[] = [];
  for (const [id, score] of ids) {
    const row = byId.get(id);
    const shown = row && pickTranslation(row.translations, input.locale);
    if (!row || !shown) continue;
    const length = shown.locale === "en" ? 180 : 90;
    results.push({
      id,
      slug: row.slug,
      title: shown.title,
      snippet: toMarkedHtml(makeSnippet(markdownToPlainText(shown.body), pattern, length)),
      category: { slug: row.category.slug, name: localizedName(row.category, input.locale) },
      score: Math.round(score * 10_000) / 10_000,
      locale: shown.locale as Locale,
      status: row.status,
    });
  }
  if (input.log !== false) {
    await prisma.searchQuery
      .create({ data: { query: parsed.normalized, locale: input.locale, resultCount: total } })
      .catch((error) => logger.error({ err: error }, "search query not logged"));
  }
  return { results, total, tookMs: Math.round((performance.now() - started) * 10) / 10 };
}
