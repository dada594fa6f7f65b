// npm run bench:surge [-- --rate 100 --seconds 20 --warmup 20 --agents 100 --human 0.25]
//                        [--postgres postgres://postgres@localhost:5432] [--cpu-prof <dir>]
// Chats starting as a surge does, on one Beacon instance on a scratch PostgreSQL database, with `agents` agents online
// and connected (the queue and wallboard pushes are live; auto-assignment is off, so the queue only grows). Starts are
// offered on a clock, `rate` a second for `seconds` after `warmup` starts one by one that are not measured, whatever
// the answers:
// each is a guest's HTTP start with a first message (the bot answers it before the start returns), then the socket with
// the guest token, joined, holding the bot's first answer; a `human` share then asks for a person. Prints the starts a
// second achieved, start→first-bot-answer p50/p95/p99, errors, the server's CPU per start and RSS, and checks the
// queue pushes once they are quiet: the waiting customers' last places are 1..N, and every agent's last queue is those
// chats in that order. `--cpu-prof` writes the server's CPU profile into the folder.
import { parseArgs } from "node:util";
import pg from "pg";
import type { Socket } from "socket.io-client";
import type { MessageDto, QueueEntryDto } from "../lib/contracts/chat";
import { QUEUE_SNAPSHOT_SIZE } from "../lib/services/routing/find-queue";
import { connect, percentile } from "./chat-load";
import {
  agentSockets,
  buildProduction,
  machineLoad,
  postGuestStart,
  sampleProcess,
  scratchPostgres,
  seedAgents,
  startBeacon,
  stop,
} from "./processes";

const { values } = parseArgs({
  options: {
    rate: { type: "string", default: "100" },
    seconds: { type: "string", default: "20" },
    warmup: { type: "string", default: "20" },
    agents: { type: "string", default: "100" },
    human: { type: "string", default: "0.25" },
    postgres: { type: "string", default: "postgres://postgres@localhost:5432" },
    "cpu-prof": { type: "string" },
  },
});
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const WARMUP = Number(values.warmup);
const AGENTS = Number(values.agents);
const HUMAN_EVERY = Math.round(1 / Number(values.human));
const TIMEOUT_MS = 60_000;

type Start = {
  at: number;
  answeredAt?: number;
  error?: string;
  socket?: Socket;
  conversationId?: string;
  queued?: boolean;
  /** The last place in line the queue pushed to this customer. */
  position?: number;
};

type Ack<T> = ({ ok: true } & T) | { ok: false; code: string };

let lastPushAt = performance.now();

/** The promise, or the error `code` once the start has waited TIMEOUT_MS for it. */
function within<T>(promise: Promise<T>, code: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(code)), TIMEOUT_MS)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** One guest's start: HTTP with the first message, then the socket, joined, with the bot's answer in hand. */
async function startChat(url: string, i: number, asksForHuman: boolean): Promise<Start> {
  const start: Start = { at: performance.now() };
  try {
    const response = await postGuestStart(
      url,
      i,
      {
        name: `Surge customer ${i}`,
        email: `surge${i}@bench.example`,
        message: { clientId: `surge-start-${i}`, body: "Hello, my deposit has not arrived yet" },
      },
      AbortSignal.timeout(TIMEOUT_MS),
    );
    if (response.status !== 201) {
      const { code } = (await response.json().catch(() => ({}))) as { code?: string };
      start.error = `HTTP ${response.status} ${code ?? ""}`.trim();
      return start;
    }
    const { conversation, guestToken } = (await response.json()) as {
      conversation: { id: string };
      guestToken: string;
    };
    const conversationId = conversation.id;
    start.conversationId = conversationId;
    const socket = await connect(url, { auth: { guestToken } });
    start.socket = socket;
    socket.on("queue.updated", (push: { kind: string; conversationId?: string; position?: number }) => {
      lastPushAt = performance.now();
      if (push.kind === "position" && push.conversationId === conversationId) start.position = push.position;
    });
    const botAnswer = new Promise<void>((resolve) =>
      socket.on("message.created", ({ message }: { message: MessageDto }) => {
        if (message.authorKind === "BOT") resolve();
      }),
    );
    const joined = (await socket
      .timeout(TIMEOUT_MS)
      .emitWithAck("conversation.join", { conversationId, afterSeq: 0 })) as Ack<{ messages: MessageDto[] }>;
    if (!joined.ok) throw new Error(`join ${joined.code}`);
    if (!joined.messages.some((m) => m.authorKind === "BOT")) await within(botAnswer, "NO_BOT_ANSWER");
    start.answeredAt = performance.now();
    if (asksForHuman) {
      const handed = (await socket.timeout(TIMEOUT_MS).emitWithAck("handoff.request", { conversationId })) as Ack<{
        conversation: { status: string };
      }>;
      if (!handed.ok) throw new Error(`handoff ${handed.code}`);
      start.queued = handed.conversation.status === "QUEUED";
    }
  } catch (error) {
    start.error =
      error instanceof Error ? (error.name === "TimeoutError" ? "TIMEOUT" : error.message.slice(0, 60)) : String(error);
  }
  return start;
}

/** Calls `fire` `rate` times a second for `seconds`, on the clock, without waiting for what it returns. */
function offer<T>(rate: number, seconds: number, fire: (index: number) => Promise<T>): Promise<Promise<T>[]> {
  const fired: Promise<T>[] = [];
  const started = performance.now();
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      const elapsed = (performance.now() - started) / 1000;
      const due = Math.min(Math.floor(elapsed * rate), Math.floor(seconds * rate));
      while (fired.length < due) fired.push(fire(fired.length));
      if (elapsed >= seconds) {
        clearInterval(timer);
        resolve(fired);
      }
    }, 5);
  });
}

/** Waits until no queue push has arrived for 1.5 s (pushes are coalesced every 250 ms), at most 30 s. */
async function queueQuiet() {
  const until = performance.now() + 30_000;
  while (performance.now() - lastPushAt < 1500 && performance.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 100));
}

/** The queue pushes are right when every waiting customer holds a distinct place 1..N and every agent that order. */
function checkQueue(starts: Start[], agentQueues: QueueEntryDto[][]) {
  const waiting = starts.filter((s) => s.queued).sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const placesOk = waiting.every((s, i) => s.position === i + 1);
  const expected = waiting.slice(0, QUEUE_SNAPSHOT_SIZE).map((s) => s.conversationId);
  const agentsOk = agentQueues.filter(
    (entries) => entries.length === expected.length && entries.every((e, i) => e.conversationId === expected[i]),
  ).length;
  // An empty queue proves nothing: the starts that were to ask for a person failed.
  const ok = waiting.length > 0 && placesOk && agentsOk === agentQueues.length;
  return { waiting: waiting.length, placesOk, agentsOk, ok };
}

async function main() {
  await buildProduction();
  const database = await scratchPostgres(values.postgres!, "surge");
  let beacon: Awaited<ReturnType<typeof startBeacon>> | undefined;
  try {
    const agentIds = await seedAgents(database.url, AGENTS);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`UPDATE "AgentProfile" SET status = 'ONLINE'`);
    await admin.query(
      `INSERT INTO "Setting" (key, value, "updatedAt") VALUES ('routing', '{"autoAssign": false}', now())`,
    );
    await admin.end();
    const port = 3500 + Math.floor(Math.random() * 400) * 2;
    const profile = values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${values["cpu-prof"]}`] : [];
    beacon = await startBeacon(port, { DATABASE_URL: database.url }, profile);
    const sampler = sampleProcess(beacon.child.pid!);
    const url = `http://127.0.0.1:${port}`;
    const agents = [...(await agentSockets(url, agentIds)).values()];
    const agentQueues = agents.map(() => [] as QueueEntryDto[]);
    agents.forEach((socket, i) =>
      socket.on("queue.updated", (push: { kind: string; entries?: QueueEntryDto[] }) => {
        if (push.kind === "queue") agentQueues[i] = push.entries!;
      }),
    );

    console.error(`  warm-up: ${WARMUP} starts …`);
    for (let i = 0; i < WARMUP; i++) (await startChat(url, 1_000_000 + i, false)).socket?.close();
    console.error(`  surge: ${RATE} starts a second for ${SECONDS} s …`);
    const cpuBefore = sampler.cpuSeconds();
    const offered = performance.now();
    const starts = await Promise.all(await offer(RATE, SECONDS, (i) => startChat(url, i, i % HUMAN_EVERY === 0)));
    const answered = starts.filter((s) => s.answeredAt !== undefined);
    const lastAnswer = Math.max(...answered.map((s) => s.answeredAt!));
    await queueQuiet();
    const cpu = sampler.cpuSeconds() - cpuBefore;
    const load = machineLoad();
    const rssMb = sampler.stop();
    const check = checkQueue(starts, agentQueues);
    for (const socket of [...agents, ...starts.map((s) => s.socket)]) socket?.close();

    const latency = answered.map((s) => s.answeredAt! - s.at).sort((a, b) => a - b);
    const errors: Record<string, number> = {};
    for (const { error } of starts) if (error) errors[error] = (errors[error] ?? 0) + 1;
    const achieved = answered.length / ((lastAnswer - offered) / 1000);
    const ms = (p: number) => `${Math.round(percentile(latency, p))}`;
    console.log(`\nBeacon chat-start surge (1 instance, PostgreSQL, ${AGENTS} agents online), ${load}`);
    console.log(`offered ${RATE}/s for ${SECONDS} s (${starts.length} starts, 1 in ${HUMAN_EVERY} asks for a person)`);
    console.log(
      `| offered/s | answered | starts/s achieved | start→bot answer p50 / p95 / p99 ms | errors | CPU ms/start | RSS MB |`,
    );
    console.log(`| ---: | ---: | ---: | ---: | --- | ---: | ---: |`);
    console.log(
      `| ${RATE} | ${answered.length}/${starts.length} | ${achieved.toFixed(1)} | ${ms(50)} / ${ms(95)} / ${ms(99)} | ${JSON.stringify(errors)} | ` +
        `${((cpu * 1000) / Math.max(1, answered.length)).toFixed(1)} | ${rssMb} |`,
    );
    console.log(
      `queue: ${check.waiting} waiting; their places ${check.placesOk ? "are" : "are NOT"} 1..${check.waiting}; ` +
        `${check.agentsOk}/${agents.length} agents hold that queue in that order`,
    );
    if (!check.ok) process.exitCode = 1;
  } finally {
    if (beacon) await stop(beacon.child);
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
