// npm run bench:queue [-- --customers 500 --seconds 60 --agents 10 --capacity 3 --handle 6 --postgres postgres://…]
// A surge through the real services: customers arrive over `seconds`, each asks the bot for a person (handoff →
// queue → auto-assignment), agents close each chat after a random handle time (handle ± 50%). Prints assignment
// latency (from the moment both a chat and a free slot exist to the assignment), the error of the first wait
// estimate each customer was shown against their actual wait, the maximum wait per priority class, and checks that
// nobody starved. PGlite in memory by default; --postgres runs on a scratch database (created and dropped here).
import { parseArgs } from "node:util";
import pg from "pg";
import { loadConfig } from "../lib/config";

const { values } = parseArgs({
  options: {
    customers: { type: "string", default: "500" },
    seconds: { type: "string", default: "60" },
    agents: { type: "string", default: "10" },
    capacity: { type: "string", default: "3" },
    handle: { type: "string", default: "6" },
    postgres: { type: "string" },
  },
});
const CUSTOMERS = Number(values.customers);
const SECONDS = Number(values.seconds);
const AGENTS = Number(values.agents);
const CAPACITY = Number(values.capacity);
const HANDLE = Number(values.handle);

async function scratch(server: string) {
  const url = new URL(server);
  if (!["localhost", "127.0.0.1", "::1"].includes(url.hostname))
    throw new Error("The benchmark only runs against a local PostgreSQL.");
  const name = `beacon_queue_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: new URL("/postgres", url).toString() });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  return {
    url: new URL(`/${name}`, url).toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

const pct = (xs: number[], p: number) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Chat = {
  id: string;
  priority: string;
  vip: number;
  queuedAt?: number;
  assignedAt?: number;
  assignee?: string;
  eta?: number | null;
  shown?: number | null;
  closing?: boolean;
};

async function main() {
  const db = values.postgres ? await scratch(values.postgres) : null;
  process.env.DATABASE_URL = db?.url ?? "pglite:memory";
  process.env.LOG_LEVEL ??= "warn";
  loadConfig(); // imports may have read the configuration already
  const { getPrisma, getConnection, closeConnection } = await import("../lib/db/client");
  const { applyMigrations } = await import("../lib/db/migrations");
  const { toActor } = await import("../lib/auth/actor");
  const { startConversation } = await import("../lib/services/chat/start-conversation");
  (await import("../lib/services/chat-reactions")).registerChatReactions(); // the bot hands "I need a human" to the queue
  const { closeConversation } = await import("../lib/services/chat/close-conversation");
  const { scheduleAutoAssign } = await import("../lib/services/routing/auto-assign");
  const { findQueuePositions } = await import("../lib/services/routing/queue-positions");
  await applyMigrations((await getConnection()).sql);
  const prisma = await getPrisma();

  const general = await prisma.team.create({ data: { slug: "general", name: { en: "General", "zh-CN": "综合" } } });
  const security = await prisma.team.create({
    data: { slug: "account-security", name: { en: "Security", "zh-CN": "安全" } },
  });
  const topics = {
    NORMAL: await prisma.topic.create({
      data: { slug: "normal", name: { en: "n", "zh-CN": "n" }, teamId: general.id, basePriority: "NORMAL" },
    }),
    HIGH: await prisma.topic.create({
      data: { slug: "high", name: { en: "h", "zh-CN": "h" }, teamId: general.id, basePriority: "HIGH" },
    }),
    URGENT: await prisma.topic.create({
      data: { slug: "urgent", name: { en: "u", "zh-CN": "u" }, teamId: security.id, basePriority: "URGENT" },
    }),
  };
  const agents = [];
  for (let i = 0; i < AGENTS; i++) {
    const teams = i < 2 ? [security.id, general.id] : [general.id];
    const user = await prisma.user.create({
      data: {
        email: `agent${i}@bench.test`,
        contactEmail: `agent${i}@bench.test`,
        name: `Agent ${i}`,
        role: "AGENT",
        agentProfile: { create: { status: "ONLINE", maxConcurrentChats: CAPACITY } },
        teams: { create: teams.map((teamId) => ({ teamId })) },
      },
    });
    agents.push(toActor(user));
  }
  const byId = new Map(agents.map((a) => [a.id, a]));
  const chats = new Map<string, Chat>();
  let stop = false;

  // Agents work: every assigned chat is closed after its handle time; the job's periodic routing pass runs each second.
  const watcher = (async () => {
    while (!stop) {
      const active = await prisma.conversation.findMany({
        where: { status: "ACTIVE", id: { in: [...chats.keys()] } },
        select: { id: true, assigneeId: true, assignedAt: true },
      });
      for (const row of active) {
        const chat = chats.get(row.id)!;
        if (chat.closing) continue;
        chat.closing = true;
        chat.assignedAt = row.assignedAt!.getTime();
        chat.assignee = row.assigneeId!;
        const handle = HANDLE * 1000 * (0.5 + Math.random());
        setTimeout(() => {
          void closeConversation({ actor: byId.get(row.assigneeId!)!, conversationId: row.id });
        }, handle);
      }
      await sleep(100);
    }
  })();
  const ticker = setInterval(() => void scheduleAutoAssign(), 1000);
  // What each customer was told first: their estimate at the first queue push after they joined.
  const sampler = (async () => {
    while (!stop) {
      for (const p of await findQueuePositions()) {
        const chat = chats.get(p.conversationId);
        if (chat && chat.eta === undefined) {
          chat.eta = p.eta.seconds;
          // What the customer reads: "soon" (we count it as a minute), "about N min", "longer than usual (about N min)".
          chat.shown = p.eta.seconds === null ? null : p.eta.minutes === null ? 60 : p.eta.minutes * 60;
        }
      }
      await sleep(500);
    }
  })();

  const arrivals = Array.from({ length: CUSTOMERS }, () => Math.random() * SECONDS * 1000).sort((a, b) => a - b);
  const customerRows = await Promise.all(
    arrivals.map(async (_, i) => {
      const vip = Math.random() < 0.1 ? 3 + Math.floor(Math.random() * 3) : 0;
      return {
        actor: toActor(
          await prisma.user.create({
            data: { email: `c${i}@bench.test`, contactEmail: `c${i}@bench.test`, name: `Customer ${i}`, vipLevel: vip },
          }),
        ),
        vip,
      };
    }),
  );
  const t0 = Date.now();
  await Promise.all(
    arrivals.map(async (at, i) => {
      await sleep(at - (Date.now() - t0));
      const roll = Math.random();
      const priority = roll < 0.05 ? "URGENT" : roll < 0.25 ? "HIGH" : "NORMAL";
      const { actor, vip } = customerRows[i];
      const { conversation } = await startConversation({
        actor,
        locale: "en",
        ip: "127.0.0.1",
        topic: topics[priority as keyof typeof topics].slug,
        message: { clientId: crypto.randomUUID(), body: "I need a human please", attachmentIds: [] },
      });
      chats.set(conversation.id, {
        id: conversation.id,
        priority,
        vip,
        queuedAt: conversation.queuedAt ? Date.parse(conversation.queuedAt) : Date.now(),
      });
    }),
  );
  console.log(`arrivals done in ${s(Date.now() - t0)}; waiting for the queue to drain…`);
  while ([...chats.values()].some((c) => c.assignedAt === undefined) && Date.now() - t0 < 15 * 60_000) await sleep(500);
  stop = true;
  clearInterval(ticker);
  await Promise.all([watcher, sampler]);
  await sleep(HANDLE * 1500 + 500);

  const all = [...chats.values()];
  const done = all.filter((c) => c.assignedAt !== undefined);
  const waits = (list: Chat[]) => list.map((c) => c.assignedAt! - c.queuedAt!);
  // Latency: from when both the chat was waiting and its agent had just freed a slot (close time), to the assignment.
  const closes = await prisma.conversation.findMany({
    where: { closedAt: { not: null }, assigneeId: { not: null } },
    select: { assigneeId: true, closedAt: true },
  });
  const closesBy = new Map<string, number[]>();
  for (const row of closes)
    closesBy.set(row.assigneeId!, [...(closesBy.get(row.assigneeId!) ?? []), row.closedAt!.getTime()]);
  const realLatency = done.map((c) => {
    const freed = (closesBy.get(c.assignee!) ?? []).filter((t) => t <= c.assignedAt!).sort((a, b) => b - a)[0] ?? 0;
    return c.assignedAt! - Math.max(c.queuedAt!, freed);
  });
  // "soon" (0 s: a slot was free) is reported apart; the error is measured on the estimates given in seconds.
  const soon = done.filter((c) => c.eta === 0);
  const withEta = done.filter((c) => typeof c.eta === "number" && c.eta > 0);
  const errors = withEta.map((c) => (c.assignedAt! - c.queuedAt!) / 1000 - (c.eta as number));
  const under = errors.filter((e) => e > 0);
  const shownErrors = withEta.map((c) => (c.assignedAt! - c.queuedAt!) / 1000 - (c.shown as number));
  const shownUnder = shownErrors.filter((e) => e > 0);

  console.log(
    `\nbench:queue — ${CUSTOMERS} customers over ${SECONDS} s, ${AGENTS} agents × ${CAPACITY} slots, handle ${HANDLE} s ± 50% (${values.postgres ? "PostgreSQL" : "PGlite"})`,
  );
  console.log(
    `assigned ${done.length}/${all.length}; drained ${s(Math.max(...done.map((c) => c.assignedAt!)) - t0)} after the first arrival`,
  );
  console.log(
    `assignment latency (chat and free slot both present → assigned): p50 ${realLatency.length ? pct(realLatency, 50) : "-"} ms, p95 ${pct(realLatency, 95)} ms, max ${Math.max(...realLatency)} ms`,
  );
  console.log(
    `"soon" (a slot was free): ${soon.length} customers, actual wait p95 ${s(pct(waits(soon), 95))}, max ${s(Math.max(0, ...waits(soon)))}`,
  );
  console.log(
    `wait estimate vs actual (${withEta.length} customers first told a wait in seconds/minutes; ${done.length - withEta.length - soon.length} were assigned before the first queue push reached them):`,
  );
  console.log(
    `  actual − estimate: p50 ${pct(errors, 50).toFixed(1)} s, p95 ${pct(errors, 95).toFixed(1)} s, worst ${Math.max(...errors).toFixed(1)} s, best ${Math.min(...errors).toFixed(1)} s`,
  );
  console.log(
    `  waited longer than the raw estimate: ${under.length}/${withEta.length} (${((under.length / Math.max(1, withEta.length)) * 100).toFixed(1)}%)`,
  );
  console.log(
    `  waited longer than what was shown (minutes, rounded up): ${shownUnder.length}/${withEta.length}, worst ${Math.max(...shownErrors).toFixed(1)} s over`,
  );
  for (const priority of ["URGENT", "HIGH", "NORMAL"]) {
    const list = done.filter((c) => c.priority === priority);
    const w = waits(list);
    console.log(
      `  ${priority.padEnd(6)} n=${String(list.length).padStart(3)}  wait p50 ${s(pct(w, 50))}  p95 ${s(pct(w, 95))}  max ${s(Math.max(...w))}`,
    );
  }
  const vipWaits = waits(done.filter((c) => c.vip > 0 && c.priority === "NORMAL"));
  const plainWaits = waits(done.filter((c) => c.vip === 0 && c.priority === "NORMAL"));
  console.log(`  NORMAL VIP p50 ${s(pct(vipWaits, 50))} vs non-VIP p50 ${s(pct(plainWaits, 50))}`);
  const starved = all.length - done.length;
  console.log(
    starved === 0
      ? "starvation: none — every customer was assigned"
      : `starvation: ${starved} customers never assigned`,
  );

  const profiles = await prisma.agentProfile.findMany({ select: { activeChats: true, maxConcurrentChats: true } });
  const over = profiles.filter((p) => p.activeChats > p.maxConcurrentChats).length;
  console.log(
    `capacity: ${over === 0 ? "held (no agent ever above maxConcurrentChats at the end)" : `${over} agents over capacity`}`,
  );
  await closeConnection();
  await db?.drop();
  if (starved > 0 || over > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
