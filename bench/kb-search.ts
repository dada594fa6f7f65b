// npm run bench:kb [-- --postgres postgres://postgres@localhost:5432] [--articles 10000] [--rounds 10]
// Seeds a synthetic help center into a scratch database (in-memory PGlite, or a fresh PostgreSQL database that is
// dropped afterwards) and prints the search service's latency percentiles for a mixed query set, beside a bare
// indexed lookup (article by slug) measured in the same run on the same connection.
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { closeConnection, getConnection } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { searchDocumentFor } from "../lib/search/document";
import { searchArticles } from "../lib/services/kb/search-articles";
import { categories } from "../prisma/seed/kb";
import { corpus, QUERIES } from "./kb-corpus";
import { loadConfig } from "../lib/config";

const { values } = parseArgs({
  options: {
    postgres: { type: "string" },
    articles: { type: "string", default: "10000" },
    rounds: { type: "string", default: "10" },
  },
});
const ARTICLES = Number(values.articles);
const ROUNDS = Number(values.rounds);

async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!values.postgres) return { url: "pglite:memory", drop: async () => {} };
  const server = new URL(values.postgres);
  const name = `beacon_kb_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: new URL("/postgres", server).toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: new URL(`/${name}`, server).toString(),
    async drop() {
      const client = new pg.Client({ connectionString: new URL("/postgres", server).toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
      await client.end();
    },
  };
}

async function seed(): Promise<string[]> {
  const { sql } = await getConnection();
  const categoryIds = new Map<string, string>();
  for (const c of categories) {
    const id = randomUUID();
    categoryIds.set(c.slug, id);
    await sql.query(`INSERT INTO "Category" ("id","slug","name","sortOrder") VALUES ($1,$2,$3,$4)`, [
      id,
      c.slug,
      JSON.stringify(c.name),
      c.sortOrder,
    ]);
  }
  const slugs: string[] = [];
  let batch: ReturnType<typeof corpus> extends Generator<infer T> ? T[] : never = [];
  const flush = async () => {
    const articles: unknown[] = [];
    const translations: unknown[] = [];
    const a: string[] = [];
    const t: string[] = [];
    for (const article of batch) {
      const id = randomUUID();
      a.push(
        `($${articles.length + 1},$${articles.length + 2},$${articles.length + 3},$${articles.length + 4}::"ArticleStatus",now())`,
      );
      articles.push(id, article.slug, categoryIds.get(article.category), article.draft ? "DRAFT" : "PUBLISHED");
      for (const locale of ["zh-CN", "en"] as const) {
        const { title, body } = locale === "en" ? article.en : article.zh;
        const n = translations.length;
        t.push(`($${n + 1},$${n + 2},$${n + 3},$${n + 4},$${n + 5},$${n + 6},now())`);
        translations.push(randomUUID(), id, locale, title, body, searchDocumentFor(locale, title, body));
      }
      slugs.push(article.slug);
    }
    await sql.query(
      `INSERT INTO "Article" ("id","slug","categoryId","status","updatedAt") VALUES ${a.join(",")}`,
      articles,
    );
    await sql.query(
      `INSERT INTO "ArticleTranslation" ("id","articleId","locale","title","body","searchDocument","updatedAt") VALUES ${t.join(",")}`,
      translations,
    );
    batch = [];
  };
  for (const article of corpus(ARTICLES)) {
    batch.push(article);
    if (batch.length === 250) await flush();
  }
  if (batch.length) await flush();
  await sql.exec(`ANALYZE`);
  return slugs;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (ms: number) => ms.toFixed(2).padStart(8);

function report(label: string, samples: number[]) {
  const sorted = [...samples].sort((x, y) => x - y);
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  console.log(
    `${label.padEnd(34)} n=${String(samples.length).padEnd(5)} p50${fmt(percentile(sorted, 50))}  p95${fmt(percentile(sorted, 95))}  p99${fmt(percentile(sorted, 99))}  mean${fmt(mean)}  max${fmt(sorted.at(-1)!)} ms`,
  );
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

async function main() {
  const scratch = await scratchDatabase();
  process.env.DATABASE_URL = scratch.url;
  loadConfig(); // imports may have read the configuration already
  try {
    const { sql, prisma, target } = await getConnection();
    await applyMigrations(sql);
    const seeding = performance.now();
    const slugs = await seed();
    console.log(
      `${target.kind}: seeded ${ARTICLES} articles (${ARTICLES * 2} translations, zh-CN + en) in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );

    const search: number[] = [];
    const lookup: number[] = [];
    const perQuery = new Map<string, number[]>();
    for (let round = -1; round < ROUNDS; round++) {
      for (const { q, locale } of QUERIES) {
        let started = performance.now();
        const result = await searchArticles({ actor: null, q, locale, limit: 10 });
        const ms = performance.now() - started;
        started = performance.now();
        await prisma.article.findUnique({
          where: { slug: slugs[((round + 1) * 997) % slugs.length] },
          select: { id: true, slug: true },
        });
        const bare = performance.now() - started;
        if (round < 0) continue; // warm-up
        search.push(ms);
        lookup.push(bare);
        perQuery.set(`${q} [${locale}] → ${result.total}`, [
          ...(perQuery.get(`${q} [${locale}] → ${result.total}`) ?? []),
          ms,
        ]);
      }
    }
    console.log(
      `\n${QUERIES.length} queries × ${ROUNDS} rounds (after one warm-up round), limit 10, logged as the API does:`,
    );
    const s = report("searchArticles (full service)", search);
    report("bare indexed lookup (slug)", lookup);
    console.log("\nslowest queries (median ms, query [locale] → total hits):");
    [...perQuery.entries()]
      .map(([q, xs]) => [q, [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .forEach(([q, median]) => console.log(`  ${median.toFixed(2).padStart(7)}  ${q}`));
    console.log(`\np95 target ≤ 20 ms: ${s.p95 <= 20 ? "met" : "NOT met"} (${s.p95.toFixed(2)} ms)`);
    // Other work on the machine inflates every figure: say how busy it was.
    console.log(
      `machine: ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" / ")} (1 / 5 / 15 min)`,
    );
  } finally {
    await closeConnection();
    await scratch.drop();
  }
}

await main();
