// npm run bench:tickets [-- --postgres postgres://postgres@localhost:5432] [--tickets 1000000] [--rounds 40]
// Seeds a scratch PostgreSQL database (created here, dropped at the end) with a help desk's worth of tickets —
// 1,000,000 by default, in set-based batches (generate_series), with a progress bar — then prints p50/p95 of every
// agent view, the view counts, and the text search, all through the real services (lib/services/tickets).
import { parseArgs } from "node:util";
import pg from "pg";
import { toActor, type Actor } from "../lib/auth/actor";
import { closeConnection, getConnection } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { countTicketViews, findTickets } from "../lib/services/tickets/find-tickets";
import { TICKET_VIEWS } from "../lib/contracts/ticket";
import { EN_WORDS, searchQueries, ZH } from "./tickets-data";
import { loadConfig } from "../lib/config";
import { scratchDatabase } from "./scratch-database";

const { values } = parseArgs({
  options: {
    postgres: { type: "string", default: "postgres://postgres@localhost:5432" },
    tickets: { type: "string", default: "1000000" },
    rounds: { type: "string", default: "40" },
    keep: { type: "boolean", default: false },
  },
});
const TICKETS = Number(values.tickets);
const ROUNDS = Number(values.rounds);
const CUSTOMERS = Math.max(1000, Math.floor(TICKETS / 5));
const AGENTS = 60;
const BATCH = 50_000;

function progress(label: string, done: number, total: number, started: number) {
  // On a terminal the bar redraws in place; in a log, one line per tenth.
  if (
    !process.stderr.isTTY &&
    done !== total &&
    Math.floor((done / total) * 10) === Math.floor(((done - BATCH) / total) * 10)
  )
    return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `${process.stderr.isTTY ? "\r" : ""}${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.round((done / total) * 100)).padStart(3)}% ${done.toLocaleString("en")}/${total.toLocaleString("en")} ${seconds}s`,
  );
  if (done === total || !process.stderr.isTTY) process.stderr.write("\n");
}

const lit = (values: string[]) => `(ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]::text[])`;

async function seed(db: pg.Pool) {
  const started = Date.now();
  await db.query(
    `INSERT INTO "Team" ("id","slug","name") SELECT 'team' || g, 'team-' || g, jsonb_build_object('en', 'Team ' || g, 'zh-CN', '团队' || g) FROM generate_series(1, 6) g`,
  );
  await db.query(
    `INSERT INTO "Topic" ("id","slug","name","teamId","basePriority","keywords") SELECT 'topic' || g, 'topic-' || g, jsonb_build_object('en', 'Topic ' || g, 'zh-CN', '主题' || g), 'team' || (1 + g % 6), 'NORMAL', '{}' FROM generate_series(1, 8) g`,
  );
  await db.query(`INSERT INTO "SlaPolicy" ("id","priority","firstResponseMinutes","resolutionMinutes") VALUES
    ('p1','URGENT',5,240), ('p2','HIGH',30,480), ('p3','NORMAL',120,1440), ('p4','LOW',480,4320)`);
  await db.query(`INSERT INTO "User" ("id","email","contactEmail","name","role","updatedAt")
    SELECT 'agent' || g, 'agent' || g || '@beacon.bench', 'agent' || g || '@beacon.bench', 'Agent ' || g, 'AGENT', now() FROM generate_series(1, ${AGENTS}) g`);
  // Each agent is in two teams.
  await db.query(`INSERT INTO "TeamMember" ("teamId","userId") SELECT 'team' || (1 + g % 6), 'agent' || g FROM generate_series(1, ${AGENTS}) g
    UNION SELECT 'team' || (1 + (g + 3) % 6), 'agent' || g FROM generate_series(1, ${AGENTS}) g`);
  await db.query(`INSERT INTO "User" ("id","email","contactEmail","name","updatedAt","isGuest")
    SELECT 'cust' || g, CASE WHEN g % 4 = 0 THEN NULL ELSE 'customer' || g || '@example.com' END, 'customer' || g || '@example.com', 'Customer ' || g, now(), g % 4 = 0
    FROM generate_series(1, ${CUSTOMERS}) g`);

  // Bulk loading is much faster without the secondary indexes: keep their definitions, drop, load, rebuild.
  const indexes = (
    await db.query<{ name: string; def: string }>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = 'Ticket' AND indexname <> 'Ticket_pkey'`,
    )
  ).rows;
  for (const index of indexes) await db.query(`DROP INDEX "${index.name}"`);

  const words = lit(EN_WORDS);
  const zhPhrases = lit(ZH.map((z) => z.phrase));
  const zhTerms = lit(ZH.map((z) => z.terms));
  const nw = EN_WORDS.length;
  const nz = ZH.length;
  const w = (k: number) => `${words}[1 + mod(abs(hashint8(g::bigint * 1024 + ${k})), ${nw})]`;
  const loadStart = Date.now();
  for (let from = 1; from <= TICKETS; from += BATCH) {
    const to = Math.min(TICKETS, from + BATCH - 1);
    await db.query(`
      WITH base AS (
        SELECT g,
          mod(abs(hashint8(g::bigint * 1024 + 7919)), 1000) AS s,
          mod(abs(hashint8(g::bigint * 1024 + 104729)), 100) AS p,
          mod(abs(hashint8(g::bigint * 1024 + 2)), 2) = 0 AS zh,
          'cust' || (1 + mod(abs(hashint8(g::bigint * 1024 + 48271)), ${CUSTOMERS})) AS requester,
          1 + mod(abs(hashint8(g::bigint * 1024 + 31)), 8) AS topic
        FROM generate_series(${from}, ${to}) g
      ), shaped AS (
        SELECT *,
          CASE WHEN s < 20 THEN 'NEW' WHEN s < 80 THEN 'OPEN' WHEN s < 120 THEN 'PENDING' WHEN s < 130 THEN 'ON_HOLD' WHEN s < 400 THEN 'SOLVED' ELSE 'CLOSED' END AS status,
          CASE WHEN p < 5 THEN 'URGENT' WHEN p < 25 THEN 'HIGH' WHEN p < 85 THEN 'NORMAL' ELSE 'LOW' END AS priority,
          CASE WHEN s < 130 THEN now() - mod(abs(hashint8(g::bigint * 1024 + 37)), (30 * 24 * 60)) * interval '1 minute'
               ELSE now() - interval '30 days' - mod(abs(hashint8(g::bigint * 1024 + 41)), (700 * 24 * 60)) * interval '1 minute' END AS created
        FROM base
      ), timed AS (
        SELECT *,
          LEAST(now(), created + mod(abs(hashint8(g::bigint * 1024 + 53)), 2880) * interval '1 minute') AS updated,
          CASE priority WHEN 'URGENT' THEN 240 WHEN 'HIGH' THEN 480 WHEN 'NORMAL' THEN 1440 ELSE 4320 END AS res_min,
          CASE priority WHEN 'URGENT' THEN 5 WHEN 'HIGH' THEN 30 WHEN 'NORMAL' THEN 120 ELSE 480 END AS fr_min,
          CASE WHEN zh THEN ${zhPhrases}[1 + mod(abs(hashint8(g::bigint * 1024 + 7)), ${nz})] || ' ' || ${zhPhrases}[1 + mod(abs(hashint8(g::bigint * 1024 + 11)), ${nz})]
               ELSE initcap(${w(3)}) || ' ' || ${w(5)} || ' ' || ${w(7)} || ' ' || ${w(13)} END AS subject,
          CASE WHEN zh THEN ${zhTerms}[1 + mod(abs(hashint8(g::bigint * 1024 + 7)), ${nz})] || ' ' || ${zhTerms}[1 + mod(abs(hashint8(g::bigint * 1024 + 11)), ${nz})]
               ELSE ${w(3)} || ' ' || ${w(5)} || ' ' || ${w(7)} || ' ' || ${w(13)} END AS subject_terms
        FROM shaped
      )
      INSERT INTO "Ticket" ("id","number","subject","requesterId","topicId","teamId","assigneeId","status","priority","channel","tags","locale",
        "firstResponseDueAt","resolutionDueAt","firstRespondedAt","solvedAt","closedAt","slaPausedAt","slaDueAt","slaAtRiskAt",
        "searchDocument","trackingKeyHash","createdAt","updatedAt")
      SELECT 't' || g, g, subject, requester, 'topic' || topic, 'team' || (1 + topic % 6),
        CASE WHEN s < 130 AND mod(abs(hashint8(g::bigint * 1024 + 17)), 10) < 3 THEN NULL ELSE 'agent' || (1 + mod(abs(hashint8(g::bigint * 1024 + 13)), ${AGENTS})) END,
        status::"TicketStatus", priority::"Priority", (CASE WHEN g % 10 = 0 THEN 'CHAT' ELSE 'WEB' END)::"Channel",
        CASE WHEN g % 5 = 0 THEN ARRAY[${w(19)}] ELSE '{}' END, CASE WHEN zh THEN 'zh-CN' ELSE 'en' END,
        created + fr_min * interval '1 minute', created + res_min * interval '1 minute',
        CASE WHEN status IN ('NEW') THEN NULL ELSE created + mod(abs(hashint8(g::bigint * 1024 + 3)), (fr_min * 2)) * interval '1 minute' END,
        CASE WHEN status IN ('SOLVED','CLOSED') THEN updated END, CASE WHEN status = 'CLOSED' THEN updated END,
        CASE WHEN status IN ('PENDING','SOLVED','CLOSED') THEN updated END,
        CASE WHEN status IN ('NEW','OPEN','ON_HOLD') THEN created + res_min * interval '1 minute' END,
        CASE WHEN status IN ('NEW','OPEN','ON_HOLD') THEN created + res_min * 0.75 * interval '1 minute' END,
        'bcn ' || (100000 + g) || ' ' || subject_terms || ' customer ' || requester || ' customer' || substr(requester, 5) || ' example com' || E'\\n' ||
          ${w(23)} || ' ' || ${w(29)} || ' ' || ${w(31)} || ' ' || ${w(37)} || ' ' || ${w(41)} || ' ' || ${w(43)} || ' ' || ${w(47)} || ' ' ||
          CASE WHEN zh THEN ${zhTerms}[1 + mod(abs(hashint8(g::bigint * 1024 + 17)), ${nz})] ELSE ${w(53)} || ' ' || ${w(59)} END,
        md5(g::text), created, updated
      FROM timed`);
    progress("tickets", to, TICKETS, loadStart);
  }
  await db.query(`SELECT setval(pg_get_serial_sequence('"Ticket"', 'number'), ${TICKETS})`);
  const indexStart = Date.now();
  for (const [i, index] of indexes.entries()) {
    await db.query(index.def);
    progress("indexes", i + 1, indexes.length, indexStart);
  }
  await db.query(`VACUUM ANALYZE "Ticket"`);
  await db.query(`ANALYZE`);
  return (Date.now() - started) / 1000;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function measure(label: string, runs: ((round: number) => Promise<unknown>)[], target: number) {
  for (const run of runs) await run(0); // warm-up
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) samples.push(await time(() => runs[round % runs.length](round)));
  const p50 = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  const ok = p95 <= target;
  console.log(
    `${label.padEnd(34)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   ${ok ? "ok" : "SLOW"} (target ≤ ${target} ms)`,
  );
  return ok;
}

async function main() {
  const scratch = await scratchDatabase(values.postgres!, "tickets");
  process.on("SIGINT", () => void scratch.drop().finally(() => process.exit(130)));
  try {
    const db = new pg.Pool({ connectionString: scratch.url, max: 2 });
    process.env.DATABASE_URL = scratch.url;
    loadConfig(); // imports may have read the configuration already
    await applyMigrations((await getConnection()).sql);
    console.log(
      `Seeding ${TICKETS.toLocaleString("en")} tickets, ${CUSTOMERS.toLocaleString("en")} customers, ${AGENTS} agents into ${new URL(scratch.url).pathname.slice(1)} …`,
    );
    const seconds = await seed(db);
    const { rows } = await db.query<{ unsolved: string; size: string }>(
      `SELECT count(*) FILTER (WHERE status IN ('NEW','OPEN','PENDING','ON_HOLD')) AS unsolved, pg_size_pretty(pg_total_relation_size('"Ticket"')) AS size FROM "Ticket"`,
    );
    console.log(
      `Seeded in ${seconds.toFixed(1)} s: ${rows[0].unsolved} unsolved tickets; "Ticket" with indexes: ${rows[0].size}.\n`,
    );
    await db.end();

    const prisma = (await getConnection()).prisma;
    const agents: Actor[] = (await prisma.user.findMany({ where: { role: "AGENT" }, take: 10 })).map(toActor);
    let allOk = true;
    console.log(
      `Agent views (${ROUNDS} rounds each over ${agents.length} agents, first page of 25, with the capped count):`,
    );
    for (const view of TICKET_VIEWS) {
      allOk =
        (await measure(
          `view ${view}`,
          agents.map((actor) => () => findTickets({ actor, input: { view, page: 1, pageSize: 25 } })),
          50,
        )) && allOk;
    }
    allOk =
      (await measure(
        "view mine, filter URGENT",
        agents.map(
          (actor) => () => findTickets({ actor, input: { view: "mine", priority: ["URGENT"], page: 1, pageSize: 25 } }),
        ),
        50,
      )) && allOk;
    allOk =
      (await measure(
        "view all, page 20",
        agents.map((actor) => () => findTickets({ actor, input: { view: "all", page: 20, pageSize: 25 } })),
        50,
      )) && allOk;
    await measure(
      "view counts (6 views, tabs)",
      agents.map((actor) => () => countTicketViews({ actor })),
      50,
    );

    console.log(`\nSearch (${ROUNDS} rounds each):`);
    for (const { label, q } of searchQueries(TICKETS)) {
      allOk =
        (await measure(
          `search ${label}: ${q}`,
          [() => findTickets({ actor: agents[0], input: { q, page: 1, pageSize: 25 } })],
          200,
        )) && allOk;
    }
    console.log(allOk ? "\nAll targets met." : "\nSome targets were missed.");
  } finally {
    await closeConnection();
    if (!values.keep) await scratch.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
