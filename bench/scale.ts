// npm run bench:scale [-- --sockets 5000 --agents 100 --rate 1000 --seconds 20 --warmup 3]
//                        [--postgres postgres://postgres@localhost:5432] [--redis redis://127.0.0.1:6379]
//                        [--only 1|2] [--cpu-prof DIR]
// The same chat load (bench/chat-load.ts) against one Beacon instance on PostgreSQL, then against two instances
// sharing PostgreSQL and Redis — customers on instance A, agents on instance B, so every message crosses Redis —
// beside the bare socket.io echo server measured in the same run. Prints throughput, send→ack and send→deliver
// p50/p95/p99, RSS and CPU per instance, and what Redis did (commands and CPU) during the two-instance run.
import { spawn, type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import { Redis } from "ioredis";
import { runLoad, sendOverSocket } from "./chat-load";
import { benchEcho, closeAll, report, type Row } from "./chat-runs";
import {
  agentSockets,
  countStored,
  machineLoad,
  openChats,
  ROOT,
  sampleProcess,
  scratchPostgres,
  seedAgents,
  startBeacon,
  stop,
} from "./processes";

const { values } = parseArgs({
  options: {
    sockets: { type: "string", default: "5000" },
    agents: { type: "string", default: "100" },
    rate: { type: "string", default: "1000" },
    seconds: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    postgres: { type: "string", default: "postgres://postgres@localhost:5432" },
    redis: { type: "string", default: "redis://127.0.0.1:6379" },
    // Run only the one-instance or the two-instance configuration.
    only: { type: "string" },
    // Write each Beacon process's CPU profile (.cpuprofile, for Chrome's DevTools) into this folder.
    "cpu-prof": { type: "string" },
  },
});
const AGENTS = Number(values.agents);
const CUSTOMERS = Number(values.sockets) - AGENTS;
const SHAPE = {
  agents: AGENTS,
  customers: CUSTOMERS,
  load: { rate: Number(values.rate), seconds: Number(values.seconds), warmup: Number(values.warmup) },
};

async function redisCounters(redis: Redis) {
  const info = await redis.info();
  const field = (name: string) => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return { commands: field("total_commands_processed"), cpu: field("used_cpu_sys") + field("used_cpu_user") };
}

/** `instances` Beacon processes on one scratch database; customers talk to the first, agents to the last. */
async function benchInstances(
  name: string,
  instances: number,
  redisUrl?: string,
): Promise<{ row: Row; extra: string[] }> {
  const database = await scratchPostgres(values.postgres!, "scale");
  const children: ChildProcess[] = [];
  try {
    const agentIds = await seedAgents(database.url, AGENTS);
    const env = { DATABASE_URL: database.url, ...(redisUrl ? { REDIS_URL: redisUrl } : {}) };
    const ports: number[] = [];
    for (let i = 0; i < instances; i++) {
      const port = 3500 + i + Math.floor(Math.random() * 400) * 2;
      const profile = values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${values["cpu-prof"]}`] : [];
      children.push((await startBeacon(port, env, profile)).child);
      ports.push(port);
    }
    const samplers = children.map((child) => sampleProcess(child.pid!));
    const customerUrl = `http://127.0.0.1:${ports[0]}`;
    const agentUrl = `http://127.0.0.1:${ports.at(-1)}`;
    const started = Date.now();
    const pairs = await openChats(customerUrl, await agentSockets(agentUrl, agentIds), CUSTOMERS);
    console.error(`  ${name}: ${CUSTOMERS} chats opened in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const redis = redisUrl ? new Redis(redisUrl) : undefined;
    const redisBefore = redis && (await redisCounters(redis));
    const cpuBefore = samplers.map((s) => s.cpuSeconds());
    const result = await runLoad(pairs, sendOverSocket, SHAPE.load);
    const cpus = samplers.map((s, i) => s.cpuSeconds() - cpuBefore[i]);
    const redisAfter = redis && (await redisCounters(redis));
    const load = machineLoad();
    const rss = samplers.map((s) => s.stop());
    await closeAll(pairs);
    for (const child of children) await stop(child);
    const stored = await countStored(database.url);
    const wall = SHAPE.load.warmup + result.seconds;
    const extra = [
      `${name}: RSS per instance ${rss.map((mb) => `${mb} MB`).join(", ")}; CPU per instance ${cpus.map((c) => `${Math.round((c / wall) * 100)}%`).join(", ")} of one core`,
    ];
    if (redis && redisBefore && redisAfter) {
      extra.push(
        `${name}: Redis processed ${Math.round((redisAfter.commands - redisBefore.commands) / result.seconds)} commands/s and used ${Math.round(((redisAfter.cpu - redisBefore.cpu) / wall) * 100)}% of one core`,
      );
      redis.disconnect();
    }
    const row = {
      name,
      connections: AGENTS + CUSTOMERS,
      result,
      rssMb: Math.max(...rss),
      cpu: cpus.reduce((a, b) => a + b, 0),
      load,
      stored: `${stored} messages stored for ${result.ackedAll} acknowledged`,
    };
    return { row, extra };
  } finally {
    for (const child of children) await stop(child);
    await database.drop();
  }
}

async function main() {
  const build = spawn(process.execPath, ["scripts/build-if-stale.mjs"], { cwd: ROOT, stdio: "inherit" });
  await new Promise((resolve, reject) =>
    build.once("exit", (code) => (code === 0 ? resolve(null) : reject(new Error("build failed")))),
  );
  console.error("  bare socket.io echo …");
  const rows: Row[] = [await benchEcho(SHAPE)];
  const notes: string[] = [];
  for (const [name, instances, redis] of [
    ["1 instance", 1, undefined],
    ["2 instances + Redis", 2, values.redis],
  ] as const) {
    if (values.only && values.only !== String(instances)) continue;
    console.error(`  Beacon, ${name} …`);
    const { row, extra } = await benchInstances(`Beacon ${name}`, instances, redis);
    rows.push(row);
    notes.push(...extra);
  }
  report("Beacon scale-out benchmark (PostgreSQL)", SHAPE, rows);
  console.log(notes.join("\n"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
