// npm run bench:reports [-- --postgres postgres://postgres@localhost:5432] [--rows 1000000] [--rounds 8]
// Seeds a scratch PostgreSQL database (created here, dropped at the end) with 1,000,000 tickets and 1,000,000 chats
// over the last year (generate_series batches, with a progress bar), ratings and reviews, builds the daily rollup,
// then prints p50/p95 of each report (lib/services/reports) for the last 30 days and the last year. Targets: ≤ 1 s
// and ≤ 3 s. `--database NAME` keeps the seeded database for the next run.
import { parseArgs } from "node:util";
import pg from "pg";
import { toActor } from "../lib/auth/actor";
import { loadConfig } from "../lib/config";
import { reportQuerySchema } from "../lib/contracts/report";
import { closeConnection, getConnection, getPrisma } from "../lib/db/client";
import { Prisma } from "../lib/db/generated/client";
import { applyMigrations } from "../lib/db/migrations";
import { findReportItems } from "../lib/services/reports/find-report-items";
import { getReport } from "../lib/services/reports/get-report";
import { refreshRollup } from "../lib/services/reports/refresh-rollup";
import { scratchDatabase } from "./scratch-database";

const { values } = parseArgs({
  options: {
    postgres: { type: "string", default: "postgres://postgres@localhost:5432" },
    rows: { type: "string", default: "1000000" },
    rounds: { type: "string", default: "8" },
    explain: { type: "boolean", default: false },
    // Reuse a seeded database across runs while iterating: created and seeded when missing, kept at the end.
    database: { type: "string" },
  },
});
const ROWS = Number(values.rows);
const ROUNDS = Number(values.rounds);
const CUSTOMERS = Math.max(1000, Math.floor(ROWS / 5));
const AGENTS = 200;
const BATCH = 100_000;

function progress(label: string, done: number, total: number, started: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `${process.stderr.isTTY ? "\r" : ""}${label.padEnd(8)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.round((done / total) * 100)).padStart(3)}% ${done.toLocaleString("en")}/${total.toLocaleString("en")} ${seconds}s`,
  );
  if (done === total || !process.stderr.isTTY) process.stderr.write("\n");
}

const h = (k: number) => `abs(hashint8(g::bigint * 1024 + ${k}))`;

/** Loads `table` in batches with its secondary indexes dropped, then rebuilds them. */
async function load(db: pg.Pool, table: string, insert: (from: number, to: number) => string) {
  const indexes = (
    await db.query<{ name: string; def: string }>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = $1 AND indexname <> $2`,
      [table, `${table}_pkey`],
    )
  ).rows;
  for (const index of indexes) await db.query(`DROP INDEX "${index.name}"`);
  const started = Date.now();
  for (let from = 1; from <= ROWS; from += BATCH) {
    const to = Math.min(ROWS, from + BATCH - 1);
    await db.query(insert(from, to));
    progress(table === "Conversation" ? "chats" : "tickets", to, ROWS, started);
  }
  for (const index of indexes) await db.query(index.def);
}

async function seed(db: pg.Pool) {
  const started = Date.now();
  await db.query(
    `INSERT INTO "Team" ("id","slug","name") SELECT 'team' || g, 'team-' || g, jsonb_build_object('en', 'Team ' || g, 'zh-CN', '团队' || g) FROM generate_series(1, 8) g`,
  );
  await db.query(
    `INSERT INTO "Topic" ("id","slug","name","teamId","keywords") SELECT 'topic' || g, 'topic-' || g, jsonb_build_object('en', 'Topic ' || g, 'zh-CN', '主题' || g), 'team' || (1 + g % 8), '{}' FROM generate_series(1, 16) g`,
  );
  await db.query(`INSERT INTO "User" ("id","email","contactEmail","name","role","updatedAt")
    SELECT 'agent' || g, 'agent' || g || '@beacon.bench', 'agent' || g || '@beacon.bench', 'Agent ' || g,
      CASE WHEN g <= 8 THEN 'SUPERVISOR' ELSE 'AGENT' END::"Role", now() FROM generate_series(1, ${AGENTS}) g`);
  await db.query(`INSERT INTO "User" ("id","email","contactEmail","name","role","updatedAt")
    VALUES ('admin', 'admin@beacon.bench', 'admin@beacon.bench', 'Admin', 'ADMIN', now())`);
  await db.query(
    `INSERT INTO "TeamMember" ("teamId","userId") SELECT 'team' || (1 + g % 8), 'agent' || g FROM generate_series(1, ${AGENTS}) g`,
  );
  await db.query(`INSERT INTO "User" ("id","contactEmail","name","updatedAt","vipLevel")
    SELECT 'cust' || g, 'customer' || g || '@example.com', 'Customer ' || g, now(), (g % 10) / 3 FROM generate_series(1, ${CUSTOMERS}) g`);
  // Spread over the last 365 days; the agent is one of the team's (agent g sits in team 1 + g % 8).
  const created = `now() - ${h(1)} % (365 * 86400) * interval '1 second'`;
  await load(
    db,
    "Conversation",
    (from, to) => `
    WITH base AS (SELECT g, ${created} AS c, 1 + ${h(2)} % 16 AS topic, ${h(3)} % 100 AS s FROM generate_series(${from}, ${to}) g)
    INSERT INTO "Conversation" ("id","customerId","topicId","teamId","assigneeId","status","locale","queuedAt","assignedAt",
      "firstResponseAt","closedAt","csat","createdAt","updatedAt")
    SELECT 'c' || g, 'cust' || (1 + ${h(4)} % ${CUSTOMERS}), 'topic' || topic, 'team' || (1 + topic % 8),
      CASE WHEN s < 20 THEN NULL ELSE 'agent' || (1 + topic % 8 + 8 * (${h(5)} % ${AGENTS / 8 - 1})) END,
      'CLOSED'::"ConversationStatus", CASE WHEN g % 2 = 0 THEN 'zh-CN' ELSE 'en' END,
      CASE WHEN s < 20 THEN NULL ELSE c END,
      CASE WHEN s < 20 THEN NULL ELSE c + (${h(6)} % 600) * interval '1 second' END,
      CASE WHEN s < 20 THEN NULL ELSE c + (600 + ${h(7)} % 300) * interval '1 second' END,
      c + (900 + ${h(8)} % 3600) * interval '1 second',
      CASE WHEN s % 3 = 0 THEN 1 + ${h(9)} % 5 END, c, c
    FROM base`,
  );
  await load(
    db,
    "Ticket",
    (from, to) => `
    WITH base AS (SELECT g, ${created} AS c, 1 + ${h(2)} % 16 AS topic, ${h(3)} % 100 AS s FROM generate_series(${from}, ${to}) g)
    INSERT INTO "Ticket" ("id","number","subject","requesterId","topicId","teamId","assigneeId","status","channel","locale",
      "firstResponseDueAt","resolutionDueAt","firstRespondedAt","solvedAt","reopenCount","createdAt","updatedAt")
    SELECT 't' || g, g, 'Bench ticket', 'cust' || (1 + ${h(4)} % ${CUSTOMERS}), 'topic' || topic, 'team' || (1 + topic % 8),
      'agent' || (1 + topic % 8 + 8 * (${h(5)} % ${AGENTS / 8 - 1})),
      (CASE WHEN s < 10 THEN 'OPEN' ELSE 'SOLVED' END)::"TicketStatus",
      (ARRAY['WEB','CHAT','EMAIL','PHONE'])[1 + g % 4]::"Channel", CASE WHEN g % 2 = 0 THEN 'zh-CN' ELSE 'en' END,
      c + interval '2 hours', c + interval '1 day', c + (${h(6)} % 14400) * interval '1 second',
      CASE WHEN s < 10 THEN NULL ELSE c + (${h(7)} % 172800) * interval '1 second' END,
      CASE WHEN s % 17 = 0 THEN 1 ELSE 0 END, c, c
    FROM base`,
  );
  await db.query(`SELECT setval(pg_get_serial_sequence('"Ticket"', 'number'), ${ROWS})`);
  await db.query(`INSERT INTO "TicketRating" ("id","ticketId","score","assigneeId","teamId","createdAt")
    SELECT 'r' || id, id, 1 + abs(hashint8(number)) % 5, "assigneeId", "teamId", "solvedAt" FROM "Ticket" WHERE number % 10 = 0 AND "solvedAt" IS NOT NULL`);
  await db.query(`INSERT INTO "Scorecard" ("id","name","criteria") VALUES ('card', '{"en":"Quality"}', '[]')`);
  await db.query(`INSERT INTO "QualityReview" ("id","scorecardId","reviewerId","agentId","ticketId","scores","percent")
    SELECT 'q' || id, 'card', 'agent1', "assigneeId", id, '[]', abs(hashint8(number)) % 101 FROM "Ticket" WHERE number % 200 = 0`);
  await db.query(`VACUUM ANALYZE`);
  return (Date.now() - started) / 1000;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(label: string, run: () => Promise<unknown>, target: number) {
  await run(); // warm-up
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const [p50, p95] = [percentile(samples, 50), percentile(samples, 95)];
  const verdict = p95 <= target ? "ok" : "SLOW";
  console.log(
    `| ${label.padEnd(44)} | ${p50.toFixed(0).padStart(6)} ms | ${p95.toFixed(0).padStart(6)} ms | ${verdict} (≤ ${target} ms) |`,
  );
  return p95 <= target;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function main() {
  const scratch = await scratchDatabase(values.postgres!, "reports", values.database);
  process.on("SIGINT", () => void scratch.drop().finally(() => process.exit(130)));
  try {
    const db = new pg.Pool({ connectionString: scratch.url, max: 2 });
    process.env.DATABASE_URL = scratch.url;
    loadConfig();
    await applyMigrations((await getConnection()).sql);
    const seeded = (await db.query(`SELECT 1 FROM "Ticket" LIMIT 1`)).rowCount;
    if (!seeded) {
      console.log(`Seeding ${ROWS.toLocaleString("en")} tickets and ${ROWS.toLocaleString("en")} chats over a year …`);
      console.log(`Seeded in ${(await seed(db)).toFixed(1)} s.\n`);
    }
    // The desk keeps business hours: the rollup counts both clocks, so reports switch between them freely.
    await db.query(
      `INSERT INTO "Setting" ("key","value","updatedAt") VALUES ('sla.businessHours', $1, now())
      ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value"`,
      [JSON.stringify({ timeZone: "Asia/Shanghai", days: [null, ...Array(5).fill([540, 1080]), null] })],
    );
    const rollupStarted = Date.now();
    const rolled = await refreshRollup({ range: { from: day(-365), to: day(0) } });
    const rollupSize = await db.query<{ rollup: string; histograms: string }>(
      `SELECT (SELECT count(*) FROM "ReportRollup") AS rollup, (SELECT count(*) FROM "ReportHistogram") AS histograms`,
    );
    console.log(
      `Rolled up ${rolled} days in ${((Date.now() - rollupStarted) / 1000).toFixed(1)} s ` +
        `(${Number(rollupSize.rows[0].rollup).toLocaleString("en")} rollup rows, ` +
        `${Number(rollupSize.rows[0].histograms).toLocaleString("en")} histogram rows).\n`,
    );
    const admin = toActor({
      id: "admin",
      role: "ADMIN",
      name: "Admin",
      email: null,
      locale: "en",
      timeZone: null,
      isGuest: false,
    });
    const supervisor = toActor({
      id: "agent3",
      role: "SUPERVISOR",
      name: "S",
      email: null,
      locale: "en",
      timeZone: null,
      isGuest: false,
    });
    if (values.explain) {
      const prisma = await getPrisma();
      const query = reportQuerySchema.parse({ from: day(-364), to: day(0), by: "agent" });
      const original = prisma.$queryRaw.bind(prisma);
      Object.assign(prisma, {
        $queryRaw: async (strings: TemplateStringsArray, ...params: unknown[]) => {
          const sql = Prisma.sql(strings, ...params);
          const plan = await original(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
          console.log((plan as { "QUERY PLAN": string }[]).map((row) => row["QUERY PLAN"]).join("\n"));
          return original(sql);
        },
      });
      await getReport({ actor: admin, query, locale: "en" });
      return;
    }
    console.log(`| Report | p50 | p95 | |\n|---|---|---|---|`);
    let ok = true;
    for (const [span, from, target] of [
      ["30 days", day(-29), 1000],
      ["1 year", day(-364), 3000],
    ] as const) {
      for (const [who, actor] of [
        ["admin", admin],
        ["supervisor", supervisor],
      ] as const) {
        for (const by of ["agent", "topic"] as const) {
          const query = reportQuerySchema.parse({ from, to: day(0), by });
          ok =
            (await measure(`${span}, ${who}, by ${by}`, () => getReport({ actor, query, locale: "en" }), target)) && ok;
        }
      }
      const business = reportQuerySchema.parse({ from, to: day(0), by: "team", hours: "business" });
      ok =
        (await measure(
          `${span}, admin, business hours`,
          () => getReport({ actor: admin, query: business, locale: "en" }),
          target,
        )) && ok;
      const drill = reportQuerySchema.parse({ from, to: day(0), by: "agent" });
      ok =
        (await measure(
          `${span}, drill-down (SLA of one agent)`,
          () => findReportItems({ actor: admin, query: drill, figure: "firstResponseSla", key: "agent9" }),
          target,
        )) && ok;
    }
    await db.end();
    if (!ok) process.exitCode = 1;
  } finally {
    await closeConnection();
    await scratch.drop();
  }
}

await main();
