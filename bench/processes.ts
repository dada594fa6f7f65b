// What bench:chat and bench:scale share: starting Beacon (or the echo baseline) as a child process, watching its
// memory and CPU, a scratch PostgreSQL database, seeding agents, and opening accepted chats between sockets.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import type { Socket } from "socket.io-client";
import { closeConnection, getConnection, getPrisma } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { createSession } from "../lib/services/sessions/create-session";
import { connect, pool, type Pair } from "./chat-load";
import { loadConfig } from "../lib/config";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const BENCH_SECRET = "beacon-bench-chat-secret";

export function startProcess(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  nodeOptions: string[] = [],
): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, [...nodeOptions, "--import", "tsx", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
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

/** Beacon's production server on a port, for a benchmark (no demo data); `nodeOptions` such as --cpu-prof. */
export function startBeacon(port: number, env: Record<string, string>, nodeOptions: string[] = []) {
  return startProcess(
    ["server.ts"],
    {
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXTAUTH_SECRET: BENCH_SECRET,
      SEED_DEMO: "0",
      LOG_LEVEL: "warn",
      TRUST_PROXY: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    /Beacon is ready/,
    nodeOptions,
  );
}

/** `next build` unless the production build is newer than its sources (scripts/build-if-stale.mjs). */
export async function buildProduction(): Promise<void> {
  const build = spawn(process.execPath, ["scripts/build-if-stale.mjs"], { cwd: ROOT, stdio: "inherit" });
  const code = await new Promise((resolve) => build.once("exit", resolve));
  if (code !== 0) throw new Error("build failed");
}

/** A process's peak resident memory (sampled every 200 ms) and the CPU time it used, from /proc. */
export function sampleProcess(pid: number) {
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
export function machineLoad(): string {
  const [one] = readFileSync("/proc/loadavg", "utf8").split(" ");
  return `load ${one} on ${availableParallelism()} CPUs`;
}

export async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
}

export async function seedAgents(databaseUrl: string, count: number): Promise<string[]> {
  process.env.DATABASE_URL = databaseUrl;
  loadConfig(); // imports may have read the configuration already
  await applyMigrations((await getConnection()).sql);
  const prisma = await getPrisma();
  const ids = Array.from({ length: count }, (_, i) => `bench-agent-${i}`);
  await prisma.user.createMany({
    data: ids.map((id, i) => ({
      id,
      email: `${id}@bench.beacon`,
      contactEmail: `${id}@bench.beacon`,
      name: `Agent ${i}`,
      role: "AGENT" as const,
    })),
  });
  // AWAY: routing assigns chats only to ONLINE agents, so each chat waits for the agent the bench picks to accept it.
  await prisma.agentProfile.createMany({
    data: ids.map((userId) => ({ userId, status: "AWAY" as const, maxConcurrentChats: 10_000 })),
  });
  await closeConnection();
  return ids;
}

export async function countStored(databaseUrl: string): Promise<number> {
  process.env.DATABASE_URL = databaseUrl;
  loadConfig(); // imports may have read the configuration already
  const prisma = await getPrisma();
  const count = await prisma.message.count({
    where: { authorKind: { in: ["CUSTOMER", "AGENT"] }, clientId: { startsWith: `b${process.pid}-` } },
  });
  await closeConnection();
  return count;
}

export async function scratchPostgres(serverUrl: string, label: string) {
  const server = new URL(serverUrl);
  if (!["localhost", "127.0.0.1", "::1"].includes(server.hostname))
    throw new Error("The benchmark only runs against a local PostgreSQL.");
  const name = `beacon_${label}_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: new URL("/postgres", server).toString() });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  return {
    url: new URL(`/${name}`, server).toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Seeded agents' sockets, as their browsers would open them (session cookie), by agent id. */
export async function agentSockets(url: string, agentIds: string[]): Promise<Map<string, Socket>> {
  // A session cookie names a server-side session (lib/auth/session.ts): one per agent, as a sign-in makes.
  const sessionCookie = async (id: string) => {
    const sid = await createSession({ userId: id, role: "AGENT" });
    return `next-auth.session-token=${await encode({ token: { sub: id, sid }, secret: BENCH_SECRET })}`;
  };
  const sockets = await pool(agentIds, 20, async (id) => connect(url, { cookie: await sessionCookie(id) }));
  return new Map(agentIds.map((id, i) => [id, sockets[i]]));
}

/** A visitor's chat start as the widget sends it, from its own address (10.x.y.z; Beacon trusts the proxy header). */
export function postGuestStart(
  url: string,
  visitor: number,
  body: { name: string; email: string; message: { clientId: string; body: string } },
  signal?: AbortSignal,
): Promise<Response> {
  return fetch(`${url}/api/v1/conversations`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-beacon-widget": "1",
      "x-forwarded-for": `10.${(visitor >> 16) & 255}.${(visitor >> 8) & 255}.${visitor & 255}`,
    },
    body: JSON.stringify(body),
    signal,
  });
}

type Ack = { ok: boolean; message?: string; conversation?: { id: string; status: string; assigneeId: string | null } };

/**
 * Opens `customers` chats as real visitors do: start through the HTTP API as a guest on `customerUrl`, ask the bot
 * for a human, and let routing assign an agent (or, when routing leaves it queued, one agent accepts it by hand).
 * Agents' sockets may be on another instance. Each pair is the customer and the agent who got the chat.
 */
export async function openChats(customerUrl: string, agents: Map<string, Socket>, customers: number): Promise<Pair[]> {
  const agentList = [...agents.values()];
  return pool(
    Array.from({ length: customers }, (_, i) => i),
    16,
    async (i) => {
      const response = await postGuestStart(customerUrl, i, {
        name: `Customer ${i}`,
        email: `customer${i}@bench.example`,
        message: { clientId: `start-bench-${i}`, body: "Hello, I need help" },
      });
      if (response.status !== 201) throw new Error(`start failed: ${response.status} ${await response.text()}`);
      const { conversation: started, guestToken } = (await response.json()) as {
        conversation: NonNullable<Ack["conversation"]>;
        guestToken: string;
      };
      const conversationId = started.id;
      const customer = await connect(customerUrl, { auth: { guestToken } });
      const ask = (socket: Socket, event: string) =>
        socket.timeout(60_000).emitWithAck(event, { conversationId }) as Promise<Ack>;
      let conversation =
        started.status === "BOT" ? ((await ask(customer, "handoff.request")).conversation ?? started) : started;
      if (!conversation.assigneeId) {
        const accepted = await ask(agentList[i % agentList.length], "conversation.accept");
        conversation = accepted.ok ? accepted.conversation! : (await ask(customer, "conversation.join")).conversation!;
      }
      const agent = conversation.assigneeId ? agents.get(conversation.assigneeId) : undefined;
      if (!agent) throw new Error(`chat ${conversationId} was not assigned to a bench agent`);
      const joined = (await customer
        .timeout(60_000)
        .emitWithAck("conversation.join", { conversationId, afterSeq: 0 })) as Ack;
      if (!joined.ok) throw new Error(`join failed: ${joined.message}`);
      return { customer, agent, conversationId };
    },
  );
}
