// npm run bench:chat [-- --db both|pglite|postgres] [--sockets 2000] [--agents 40] [--rate 300] [--seconds 20]
//                        [--postgres postgres://postgres@localhost:5432]
// Drives simulated customers and agents with socket.io-client against Beacon's production build (built when stale),
// once on a fresh embedded PGlite and once on a scratch PostgreSQL database, beside a bare socket.io echo server
// measured in the same run with the same sockets and traffic. Customers start their chat through the HTTP API as
// guests, agents accept them over the socket, then both sides talk at a steady rate. Prints connections, persisted
// messages a second, send→ack and send→deliver p50/p95/p99 and server RSS; then checks that every acknowledged
// message is in the database exactly once.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
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
const SHAPE = { agents: AGENTS, customers: CUSTOMERS, load: LOAD };

async function benchBeacon(name: string, databaseUrl: string): Promise<Row> {
  const agentIds = await seedAgents(databaseUrl, AGENTS);
  const port = 3400 + Math.floor(Math.random() * 500);
  const { child } = await startBeacon(port, { DATABASE_URL: databaseUrl });
  const url = `http://127.0.0.1:${port}`;
  const server = sampleProcess(child.pid!);
  try {
    const started = Date.now();
    const pairs = await openChats(url, await agentSockets(url, agentIds), CUSTOMERS);
    console.error(
      `  ${name}: ${CUSTOMERS} chats started, accepted and joined in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const cpuBefore = server.cpuSeconds();
    const result = await runLoad(pairs, sendOverSocket, LOAD);
    const cpu = server.cpuSeconds() - cpuBefore;
    const load = machineLoad();
    const rssMb = server.stop();
    await closeAll(pairs);
    await stop(child);
    const stored = await countStored(databaseUrl);
    return {
      name,
      connections: SOCKETS,
      result,
      rssMb,
      cpu,
      load,
      stored: `${stored} messages stored for ${result.ackedAll} acknowledged (warm-up included)`,
    };
  } finally {
    await stop(child);
  }
}

async function main() {
  const build = spawn(process.execPath, ["scripts/build-if-stale.mjs"], { cwd: ROOT, stdio: "inherit" });
  await new Promise((resolve, reject) =>
    build.once("exit", (code) => (code === 0 ? resolve(null) : reject(new Error("build failed")))),
  );
  const rows: Row[] = [];
  console.error("  bare socket.io echo …");
  rows.push(await benchEcho(SHAPE));
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
    const database = await scratchPostgres(values.postgres!, "chat");
    console.error("  Beacon on PostgreSQL …");
    try {
      rows.push(await benchBeacon("Beacon (PostgreSQL)", database.url));
    } finally {
      await database.drop();
    }
  }
  report("Beacon chat benchmark", SHAPE, rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
