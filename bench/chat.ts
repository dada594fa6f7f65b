// npm run bench:chat [-- --db both|pglite|postgres] [--sockets 2000] [--agents 40] [--rate 300] [--seconds 20]
//                        [--postgres postgres://postgres@localhost:5432]
// Drives simulated customers and agents with socket.io-client against Beacon's production build (built when stale),
// once on a fresh embedded PGlite and once on a scratch PostgreSQL database, beside a bare socket.io echo server
// measured in the same run with the same sockets and traffic. Customers start their chat through the HTTP API as
// guests, agents accept them over the socket, then both sides talk at a steady rate. Prints connections, persisted
// messages a second, send→ack and send→deliver p50/p95/p99 and server RSS; then checks that every acknowledged
// message is in the database exactly once.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import pg from "pg";
import type { Socket } from "socket.io-client";
import { closeConnection, getConnection, getPrisma } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { connect, percentile, pool, runLoad, type LoadResult, type Pair } from "./chat-load";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "both" },
    sockets: { type: "string", default: "2000" },
    agents: { type: "string", default: "40" },
    rate: { type: "string", default: "300" },
    seconds: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    postgres: { type: "string", default: "postgres://postgres@localhost:5432" },
  },
});
const SOCKETS = Number(values.sockets);
const AGENTS = Number(values.agents);
const CUSTOMERS = SOCKETS - AGENTS;
const LOAD = { rate: Number(values.rate), seconds: Number(values.seconds), warmup: Number(values.warmup) };
const SECRET = "beacon-bench-chat-secret";
const ROOT = path.resolve(import.meta.dirname, "..");

type Row = { name: string; connections: number; result: LoadResult; rssMb: number; cpu: number; load: string; stored?: string };

function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(ready);
      if (match) resolve({ child, match });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`${args[0]} exited (${code}):\n${output.slice(-3000)}`)));
  });
}

/** A process's peak resident memory (sampled every 200 ms) and the CPU time it used, from /proc. */
function sampleProcess(pid: number) {
  let peakKb = 0;
  const cpuSeconds = () => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
    } catch {
      return 0;
    }
  };
  const read = () => {
    try {
      peakKb = Math.max(peakKb, Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0));
    } catch {
      // The process has ended.
    }
  };
  const timer = setInterval(read, 200);
  read();
  return {
    cpuSeconds,
    stop: () => {
      clearInterval(timer);
      read();
      return Math.round(peakKb / 1024);
    },
  };
}

/** What else the machine was doing: the 1-minute load average against the number of CPUs. */
function machineLoad(): string {
  const [one] = readFileSync("/proc/loadavg", "utf8").split(" ");
  return `load ${one} on ${availableParallelism()} CPUs`;
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
}

async function closeAll(pairs: Pair[]) {
  for (const pair of pairs) {
    pair.customer.close();
    pair.agent.close();
  }
}

async function benchEcho(): Promise<Row> {
  const { child, match } = await startProcess(["bench/chat-echo-server.ts"], {}, /ECHO_PORT (\d+)/);
  const url = `http://127.0.0.1:${match[1]}`;
  const server = sampleProcess(child.pid!);
  // The same shape as Beacon's run: each agent handles every AGENTS-th chat and sits in those chats' rooms.
  const agents = await pool(Array.from({ length: AGENTS }, (_, a) => a), 20, (a) => {
    const chats = Array.from({ length: CUSTOMERS }, (_, i) => i).filter((i) => i % AGENTS === a);
    return connect(url, { auth: { chats: chats.map((i) => `c${i}`).join(",") } });
  });
  const pairs: Pair[] = await pool(Array.from({ length: CUSTOMERS }, (_, i) => i), 100, async (i) => ({
    customer: await connect(url, { auth: { chats: `c${i}` } }),
    agent: agents[i % AGENTS],
    conversationId: `c${i}`,
  }));
  const send = (pair: Pair, side: "customer" | "agent", clientId: string, body: string) =>
    new Promise<{ ok: boolean; code?: string }>((resolve) =>
      (side === "customer" ? pair.customer : pair.agent).emit("send", { chat: pair.conversationId, clientId, body }, resolve),
    );
  const cpuBefore = server.cpuSeconds();
  const result = await runLoad(pairs, send, LOAD);
  const cpu = server.cpuSeconds() - cpuBefore;
  const load = machineLoad();
  const rssMb = server.stop();
  await closeAll(pairs);
  await stop(child);
  return { name: "bare socket.io echo", connections: SOCKETS, result, rssMb, cpu, load };
}

async function seedAgents(databaseUrl: string): Promise<string[]> {
  process.env.DATABASE_URL = databaseUrl;
  await applyMigrations((await getConnection()).sql);
  const prisma = await getPrisma();
  const ids = Array.from({ length: AGENTS }, (_, i) => `bench-agent-${i}`);
  await prisma.user.createMany({
    data: ids.map((id, i) => ({ id, email: `${id}@bench.beacon`, contactEmail: `${id}@bench.beacon`, name: `Agent ${i}`, role: "AGENT" as const })),
  });
  await prisma.agentProfile.createMany({ data: ids.map((userId) => ({ userId, status: "ONLINE" as const, maxConcurrentChats: 10_000 })) });
  await closeConnection();
  return ids;
}

async function countStored(databaseUrl: string): Promise<number> {
  process.env.DATABASE_URL = databaseUrl;
  const prisma = await getPrisma();
  const count = await prisma.message.count({ where: { authorKind: { in: ["CUSTOMER", "AGENT"] }, clientId: { startsWith: `b${process.pid}-` } } });
  await closeConnection();
  return count;
}

async function benchBeacon(name: string, databaseUrl: string): Promise<Row> {
  const agentIds = await seedAgents(databaseUrl);
  const port = String(3400 + Math.floor(Math.random() * 500));
  const env = { NODE_ENV: "production", PORT: port, HOST: "127.0.0.1", DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, SEED_DEMO: "0", LOG_LEVEL: "warn", TRUST_PROXY: "1", NEXT_TELEMETRY_DISABLED: "1" };
  const { child } = await startProcess(["server.ts"], env, /Beacon is ready/);
  const url = `http://127.0.0.1:${port}`;
  const server = sampleProcess(child.pid!);
  try {
    const agents = await pool(agentIds, 20, async (id) => connect(url, { cookie: `next-auth.session-token=${await encode({ token: { sub: id }, secret: SECRET })}` }));
    const started = Date.now();
    const pairs: Pair[] = await pool(Array.from({ length: CUSTOMERS }, (_, i) => i), 16, async (i) => {
      const response = await fetch(`${url}/api/v1/conversations`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-beacon-widget": "1", "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
        body: JSON.stringify({ name: `Customer ${i}`, email: `customer${i}@bench.example`, message: { clientId: `start-bench-${i}`, body: "Hello, I need help" } }),
      });
      if (response.status !== 201) throw new Error(`start failed: ${response.status} ${await response.text()}`);
      const { conversation, guestToken } = (await response.json()) as { conversation: { id: string }; guestToken: string };
      const customer = await connect(url, { auth: { guestToken } });
      const agent = agents[i % AGENTS];
      const accepted = await agent.timeout(60_000).emitWithAck("conversation.accept", { conversationId: conversation.id });
      if (!accepted.ok) throw new Error(`accept failed: ${accepted.message}`);
      const joined = await customer.timeout(60_000).emitWithAck("conversation.join", { conversationId: conversation.id, afterSeq: 0 });
      if (!joined.ok) throw new Error(`join failed: ${joined.message}`);
      return { customer, agent, conversationId: conversation.id };
    });
    console.error(`  ${name}: ${CUSTOMERS} chats started, accepted and joined in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const send = async (pair: Pair, side: "customer" | "agent", clientId: string, body: string) => {
      const socket: Socket = side === "customer" ? pair.customer : pair.agent;
      const ack = await socket.timeout(30_000).emitWithAck("message.send", { conversationId: pair.conversationId, clientId, body }).catch(() => ({ ok: false, code: "TIMEOUT" }));
      return ack as { ok: boolean; code?: string };
    };
    const cpuBefore = server.cpuSeconds();
    const result = await runLoad(pairs, send, LOAD);
    const cpu = server.cpuSeconds() - cpuBefore;
    const load = machineLoad();
    const rssMb = server.stop();
    await closeAll(pairs);
    await stop(child);
    const stored = await countStored(databaseUrl);
    return { name, connections: SOCKETS, result, rssMb, cpu, load, stored: `${stored} messages stored for ${result.ackedAll} acknowledged (warm-up included)` };
  } finally {
    await stop(child);
  }
}

async function scratchPostgres() {
  const server = new URL(values.postgres!);
  if (!["localhost", "127.0.0.1", "::1"].includes(server.hostname)) throw new Error("The benchmark only runs against a local PostgreSQL.");
  const name = `beacon_chat_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: new URL("/postgres", server).toString() });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  return { url: new URL(`/${name}`, server).toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

function report(rows: Row[]) {
  const f = (n: number) => (Number.isNaN(n) ? "—" : n < 10 ? n.toFixed(2) : n.toFixed(1));
  const lines = [
    `Beacon chat benchmark: ${SOCKETS} sockets (${CUSTOMERS} customers, ${AGENTS} agents), ${LOAD.rate} msg/s offered for ${LOAD.seconds} s after ${LOAD.warmup} s warm-up, production build, Node ${process.version}`,
    "",
    `${"".padEnd(22)}${"sockets".padStart(8)}${"msg/s".padStart(8)}${"  send→ack p50/p95/p99 ms".padEnd(28)}${"send→deliver p50/p95/p99 ms".padEnd(30)}${"RSS MB".padStart(7)}  errors`,
  ];
  for (const { name, connections, result, rssMb } of rows) {
    const rate = result.acked / result.seconds;
    const ack = `${f(percentile(result.ack, 50))} / ${f(percentile(result.ack, 95))} / ${f(percentile(result.ack, 99))}`;
    const deliver = `${f(percentile(result.deliver, 50))} / ${f(percentile(result.deliver, 95))} / ${f(percentile(result.deliver, 99))}`;
    const errors = Object.entries(result.errors).map(([code, n]) => `${code}×${n}`).join(" ") || "none";
    lines.push(`${name.padEnd(22)}${String(connections).padStart(8)}${rate.toFixed(1).padStart(8)}  ${ack.padEnd(26)}${deliver.padEnd(30)}${String(rssMb).padStart(7)}  ${errors}`);
  }
  lines.push("");
  for (const { name, result, stored, cpu, load } of rows) {
    const wall = LOAD.warmup + result.seconds;
    const perMessage = (cpu * 1000) / Math.max(1, result.sent + LOAD.warmup * LOAD.rate);
    lines.push(
      `${name}: sent ${result.sent}, acked ${result.acked}, delivered to the other side ${result.delivered}${stored ? `; database: ${stored}` : ""}; ` +
        `server CPU ${Math.round((cpu / wall) * 100)}% of one core (${perMessage.toFixed(2)} ms a message); machine ${load}`,
    );
  }
  console.log(lines.join("\n"));
}

async function main() {
  const build = spawn(process.execPath, ["scripts/build-if-stale.mjs"], { cwd: ROOT, stdio: "inherit" });
  await new Promise((resolve, reject) => build.once("exit", (code) => (code === 0 ? resolve(null) : reject(new Error("build failed")))));
  const rows: Row[] = [];
  console.error("  bare socket.io echo …");
  rows.push(await benchEcho());
  if (values.db === "both" || values.db === "pglite") {
    const dir = mkdtempSync(path.join(tmpdir(), "beacon-bench-chat-"));
    console.error("  Beacon on PGlite …");
    try {
      rows.push(await benchBeacon("Beacon (PGlite)", `pglite:${path.join(dir, "pglite")}`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (values.db === "both" || values.db === "postgres") {
    const database = await scratchPostgres();
    console.error("  Beacon on PostgreSQL …");
    try {
      rows.push(await benchBeacon("Beacon (PostgreSQL)", database.url));
    } finally {
      await database.drop();
    }
  }
  report(rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
