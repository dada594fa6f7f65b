import type { SqlRunner } from "@/lib/db/sql-runner";
import { parseQuery, toTsQueries, type ParsedQuery } from "@/lib/search/query";
import { SEARCH_TOTAL_CAP } from "@/lib/contracts/search";
import { LANGUAGES } from "@/lib/i18n/locales";

// Bounded work per query, whatever the corpus size (PGlite runs in WebAssembly: every row touched costs). `title`:
// title matches ranked (titles are short and inline); `count`: matches counted for `total`; `body`: body matches
// ranked by ts_rank on the full document (read out of line). The any-term fallback matches far more, so less.
type Caps = { title: number; count: number; body: number };
const ALL_TERMS: Caps = { title: 400, count: SEARCH_TOTAL_CAP, body: 100 };
const ANY_TERM: Caps = { title: 200, count: SEARCH_TOTAL_CAP, body: 50 };

type Tx = Omit<SqlRunner, "transaction" | "close">;
type Filters = { locale: string; drafts: boolean; categorySlug: string | null };
export type Ranked = { ids: [string, number][]; total: number; correctedQuery?: string };

// Each language's documents are indexed with its `searchConfig` (lib/i18n/locales.ts, the kb search migrations);
// 'simple' covers the rest. A stemming configuration's documents hold no Chinese.
const stemmed = [...new Set(LANGUAGES.map((l) => l.searchConfig as string))]
  .filter((cfg) => cfg !== "simple")
  .map((cfg) => ({
    cfg,
    locales: LANGUAGES.filter((l) => l.searchConfig === cfg)
      .map((l) => `'${l.code}'`)
      .join(", "),
  }));
const stemmedLocales = stemmed.map((s) => s.locales).join(", ");
const config = (p: string) =>
  `CASE ${stemmed.map((s) => `WHEN s."locale" IN (${s.locales}) THEN to_tsquery('${s.cfg}', ${p})`).join(" ")} ELSE to_tsquery('simple', ${p}) END`;
// One index condition per text search configuration, so each can use the GIN index. A query without a word in a
// non-Chinese script skips the stemmed documents (and the index scans their posting lists would cost).
const simpleMatch = (column: string, p: string) =>
  `(s."locale" NOT IN (${stemmedLocales}) AND s."${column}" @@ to_tsquery('simple', ${p}))`;
const matches = (column: string, p: string, wordy: boolean) =>
  wordy
    ? `(${[...stemmed.map((s) => `(s."locale" IN (${s.locales}) AND s."${column}" @@ to_tsquery('${s.cfg}', ${p}))`), simpleMatch(column, p)].join(" OR ")})`
    : simpleMatch(column, p);
/** A query with a latin, Cyrillic or other non-Han word in it. */
const WORDY = /(?!\p{Script=Han})[\p{L}\p{N}]/u;
const FILTERS = `($3::boolean OR s."published")
  AND ($4::text IS NULL OR s."categoryId" = (SELECT c."id" FROM "Category" c WHERE c."slug" = $4))`;
const preferLocale = `CASE WHEN s."locale" = $2 THEN 0.001 ELSE 0 END`;

// Title matches ranked by title, with the total counted (up to caps.count) in the same statement.
const titleSql = (caps: Caps, english: boolean) => `
WITH titles AS (
  SELECT id, max(score)::float8 AS score FROM (
    SELECT s."articleId" AS id, ts_rank(s."titleVector", ${config("$1")}, 1) + ${preferLocale} AS score
    FROM "ArticleSearch" s WHERE ${matches("titleVector", "$1", english)} AND ${FILTERS} LIMIT ${caps.title}
  ) hits GROUP BY id
), counted AS (
  SELECT count(DISTINCT id)::int AS total FROM (
    SELECT s."articleId" AS id FROM "ArticleSearch" s WHERE ${matches("documentVector", "$1", english)} AND ${FILTERS} LIMIT ${caps.count}
  ) hits
)
SELECT t.id, t.score, c.total, (SELECT count(*) FROM titles)::int AS "titleTotal"
FROM counted c LEFT JOIN LATERAL (SELECT * FROM titles ORDER BY score DESC, id LIMIT $5) t ON true`;

const bodySql = (caps: Caps, english: boolean) => `
SELECT id, max(score)::float8 AS score FROM (
  SELECT s."articleId" AS id, ts_rank('{0.05,0.1,0.3,1}', s."documentVector", ${config("$1")}, 1) + ${preferLocale} AS score
  FROM (SELECT * FROM "ArticleSearch" s WHERE ${matches("documentVector", "$1", english)} AND ${FILTERS} LIMIT ${caps.body}) s
) hits GROUP BY id ORDER BY score DESC, id LIMIT $5`;

const CORRECTION_SQL = `
SELECT "word", similarity("word", $1)::float8 AS similarity FROM "ArticleTitleWord"
WHERE "word" % $1 ORDER BY similarity DESC, "word" LIMIT 1`;

type Row = { id: string; score: number };

/**
 * One pass for one tsquery: all title matches ranked by title (scores titleBase + 0..1), then, if they do not fill
 * the page, body matches (bodyBase + 0..1); the total counted up to caps.count.
 */
const SQL = new Map<string, { title: string; body: string }>();
for (const caps of [ALL_TERMS, ANY_TERM]) {
  for (const english of [true, false])
    SQL.set(`${caps.title}:${english}`, { title: titleSql(caps, english), body: bodySql(caps, english) });
}

async function pass(
  tx: Tx,
  tsquery: string,
  f: Filters,
  limit: number,
  caps: Caps,
  titleBase: number,
  bodyBase: number,
) {
  const params = [tsquery, f.locale, f.drafts, f.categorySlug, limit];
  const sql = SQL.get(`${caps.title}:${WORDY.test(tsquery)}`)!;
  const rows = await tx.query<Row & { total: number; titleTotal: number }>(sql.title, params);
  const counted = Math.max(rows[0]?.total ?? 0, rows[0]?.titleTotal ?? 0);
  const ranked = new Map<string, number>(
    rows.filter((r) => r.id).map((r) => [r.id, titleBase + Math.min(r.score, 0.999)]),
  );
  if (ranked.size < limit && counted > ranked.size) {
    for (const row of await tx.query<Row>(sql.body, params)) {
      if (!ranked.has(row.id)) ranked.set(row.id, bodyBase + Math.min(row.score, 0.999));
    }
  }
  return { ranked, total: Math.min(Math.max(counted, ranked.size), SEARCH_TOTAL_CAP) };
}

/** Every term (AND), then any term when that finds fewer than 3 (OR, ranked below). */
async function rankParsed(tx: Tx, parsed: ParsedQuery, f: Filters, limit: number) {
  const queries = toTsQueries(parsed);
  if (!queries) return { ranked: new Map<string, number>(), total: 0 };
  const all = await pass(tx, queries.all, f, limit, ALL_TERMS, 3, 2);
  if (all.total >= Math.min(3, limit) || !queries.any.includes("|")) return all;
  const any = await pass(tx, queries.any, f, limit, ANY_TERM, 1.5, 1);
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
export async function rankArticles(
  sql: SqlRunner,
  parsed: ParsedQuery,
  f: Filters,
  limit: number,
  expand: (parsed: ParsedQuery) => ParsedQuery = (p) => p,
): Promise<Ranked> {
  return sql.transaction(async (tx) => {
    await tx.exec("SET LOCAL enable_seqscan = off");
    let result = await rankParsed(tx, expand(parsed), f, limit);
    let correctedQuery: string | undefined;
    if (result.total === 0 && parsed.typoWords.length > 0) {
      const corrected = await correct(tx, parsed);
      if (corrected) {
        result = await rankParsed(tx, expand(parseQuery(corrected)), f, limit);
        if (result.total > 0) correctedQuery = corrected;
      }
    }
    const ids = [...result.ranked.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
    return { ids, total: result.total, correctedQuery };
  });
}
