import type { SqlRunner } from "@/lib/db/sql-runner";
import { parseQuery, toTsQueries, type ParsedQuery } from "@/lib/search/query";

// Bounded work per query, whatever the corpus size (PGlite runs in WebAssembly: every row touched costs):
const TITLE_CANDIDATES = 2000; // title matches ranked (titles are short and inline)
const COUNT_CAP = 500; // matches counted for `total`
const BODY_CANDIDATES = 100; // body-only matches ranked by ts_rank on the full document (read out of line)

type Tx = Omit<SqlRunner, "transaction" | "close">;
type Filters = { locale: string; drafts: boolean; categorySlug: string | null };
export type Ranked = { ids: [string, number][]; total: number; correctedQuery?: string };

const config = (p: string) => `CASE WHEN s."locale" = 'en' THEN to_tsquery('english', ${p}) ELSE to_tsquery('simple', ${p}) END`;
// Two index conditions (one per text search configuration) so both can use the GIN index.
const matches = (column: string, p: string) =>
  `((s."locale" = 'en' AND s."${column}" @@ to_tsquery('english', ${p})) OR (s."locale" <> 'en' AND s."${column}" @@ to_tsquery('simple', ${p})))`;
const FILTERS = `($3::boolean OR s."published")
  AND ($4::text IS NULL OR s."categoryId" = (SELECT c."id" FROM "Category" c WHERE c."slug" = $4))`;
const preferLocale = `CASE WHEN s."locale" = $2 THEN 0.001 ELSE 0 END`;

// Title matches ranked by title, with the total counted (up to COUNT_CAP) in the same statement.
const TITLE_SQL = `
WITH titles AS (
  SELECT id, max(score)::float8 AS score FROM (
    SELECT s."articleId" AS id, ts_rank(s."titleVector", ${config("$1")}, 1) + ${preferLocale} AS score
    FROM "ArticleSearch" s WHERE ${matches("titleVector", "$1")} AND ${FILTERS} LIMIT ${TITLE_CANDIDATES}
  ) hits GROUP BY id
), counted AS (
  SELECT count(DISTINCT id)::int AS total FROM (
    SELECT s."articleId" AS id FROM "ArticleSearch" s WHERE ${matches("documentVector", "$1")} AND ${FILTERS} LIMIT ${COUNT_CAP}
  ) hits
)
SELECT t.id, t.score, c.total, (SELECT count(*) FROM titles)::int AS "titleTotal"
FROM counted c LEFT JOIN LATERAL (SELECT * FROM titles ORDER BY score DESC, id LIMIT $5) t ON true`;

const BODY_SQL = `
SELECT id, max(score)::float8 AS score FROM (
  SELECT s."articleId" AS id, ts_rank('{0.05,0.1,0.3,1}', s."documentVector", ${config("$1")}, 1) + ${preferLocale} AS score
  FROM (SELECT * FROM "ArticleSearch" s WHERE ${matches("documentVector", "$1")} AND ${FILTERS} LIMIT ${BODY_CANDIDATES}) s
) hits GROUP BY id ORDER BY score DESC, id LIMIT $5`;

const CORRECTION_SQL = `
SELECT "word", similarity("word", $1)::float8 AS similarity FROM "ArticleTitleWord"
WHERE "word" % $1 ORDER BY similarity DESC, "word" LIMIT 1`;

type Row = { id: string; score: number };

/**
 * One pass for one tsquery: all title matches ranked by title (scores titleBase + 0..1), then, if they do not fill
 * the page, body matches (bodyBase + 0..1); the total counted up to COUNT_CAP.
 */
async function pass(tx: Tx, tsquery: string, f: Filters, limit: number, titleBase: number, bodyBase: number) {
  const params = [tsquery, f.locale, f.drafts, f.categorySlug, limit];
  const rows = await tx.query<Row & { total: number; titleTotal: number }>(TITLE_SQL, params);
  const counted = Math.max(rows[0]?.total ?? 0, rows[0]?.titleTotal ?? 0);
  const ranked = new Map<string, number>(rows.filter((r) => r.id).map((r) => [r.id, titleBase + Math.min(r.score, 0.999)]));
  if (ranked.size < limit && counted > ranked.size) {
    for (const row of await tx.query<Row>(BODY_SQL, params)) {
      if (!ranked.has(row.id)) ranked.set(row.id, bodyBase + Math.min(row.score, 0.999));
    }
  }
  return { ranked, total: Math.max(counted, ranked.size) };
}

/** Every term (AND), then any term when that finds fewer than 3 (OR, ranked below). */
async function rankParsed(tx: Tx, parsed: ParsedQuery, f: Filters, limit: number) {
  const queries = toTsQueries(parsed);
  if (!queries) return { ranked: new Map<string, number>(), total: 0 };
  const all = await pass(tx, queries.all, f, limit, 3, 2);
  if (all.total >= Math.min(3, limit) || !queries.any.includes("|")) return all;
  const any = await pass(tx, queries.any, f, limit, 1.5, 1);
  for (const [id, score] of all.ranked) any.ranked.set(id, score);
  return { ranked: any.ranked, total: Math.max(all.total, any.total) };
}

/** Each latin word of a query that finds nothing, replaced by the most similar word of any title (pg_trgm). */
async function correct(tx: Tx, parsed: ParsedQuery): Promise<string | null> {
  let text = parsed.normalized;
  let changed = false;
  for (const word of parsed.typoWords.slice(0, 4)) {
    const [best] = await tx.query<{ word: string; similarity: number }>(CORRECTION_SQL, [word]);
    if (best && best.word !== word && best.similarity >= 0.3) {
      text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, "u"), best.word);
      changed = true;
    }
  }
  return changed ? text : null;
}

/**
 * Ranked article ids for a query. Tiers: all terms in the title (3–4) > all terms in title + body (2–3) > some
 * terms (1–2). A query that finds nothing and has latin words is retried with title-word typo corrections.
 * Runs in one short transaction that keeps the planner on the GIN indexes (a sequential scan would have to read
 * every out-of-line document vector).
 */
export async function rankArticles(sql: SqlRunner, parsed: ParsedQuery, f: Filters, limit: number): Promise<Ranked> {
  return sql.transaction(async (tx) => {
    await tx.exec("SET LOCAL enable_seqscan = off");
    let result = await rankParsed(tx, parsed, f, limit);
    let correctedQuery: string | undefined;
    if (result.total === 0 && parsed.typoWords.length > 0) {
      const corrected = await correct(tx, parsed);
      if (corrected) {
        result = await rankParsed(tx, parseQuery(corrected), f, limit);
        if (result.total > 0) correctedQuery = corrected;
      }
    }
    const ids = [...result.ranked.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
    return { ids, total: result.total, correctedQuery };
  });
}
