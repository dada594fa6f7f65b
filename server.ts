// Beacon's one process: Next.js pages and API plus socket.io on a single HTTP server.
import "./lib/config-check";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { loadConfig, type Config } from "./lib/config";
import { closeConnection, getConnection } from "./lib/db/client";
import { formatDemoLogins, prepareDatabase } from "./lib/db/prepare";
import { refuseBrokenPath } from "./lib/http/broken-path";
import { CLIENT_IP_HEADER } from "./lib/http/client-ip";
import { logger } from "./lib/logger";
import { closeRedis, redisReady } from "./lib/redis";
import { attachRealtime } from "./lib/realtime/server";
import { startJobs } from "./lib/jobs";
import { chatEventsSettled } from "./lib/conversations/chat-events";
import { registerChatReactions } from "./lib/services/chat-reactions";
import { setIo } from "./lib/realtime/publish";

/** The embedded default needs no configuration: a session secret is made once and kept beside the data. */
function embeddedAuthSecret({ NODE_ENV, DATABASE_URL }: Config): string {
  if (NODE_ENV === "production" && DATABASE_URL?.startsWith("postgres")) {
    throw new Error("Set NEXTAUTH_SECRET (for example: openssl rand -base64 32) before running on PostgreSQL.");
  }
  const file = "data/auth-secret";
  if (!existsSync(file)) {
    mkdirSync("data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * The configuration the production build was made with, as Next's standalone server reads it: without it Next
 * compiles next.config.ts again at start, loading its native SWC compiler and threads (about 40 MB that stay).
 */
function builtConfig(): string {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const { config } = JSON.parse(readFileSync(`${distDir}/required-server-files.json`, "utf8")) as { config: unknown };
  return JSON.stringify(config);
}

async function main(): Promise<void> {
  const initial = loadConfig();
  // Next and next-auth read these from the environment themselves: fill them in, then parse once more.
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  process.env.NEXTAUTH_SECRET ??= embeddedAuthSecret(initial);
  process.env.NEXTAUTH_URL ??= `http://localhost:${initial.PORT}`;
  const { PORT: port, HOST: hostname, NODE_ENV } = loadConfig();
  const dev = NODE_ENV !== "production";

  const started = Date.now();
  await redisReady(); // with REDIS_URL: rate limits and socket.io events go through Redis from the first request
  const prepared = await prepareDatabase();
  const { target } = await getConnection();
  if (prepared.applied.length) logger.info({ migrations: prepared.applied }, "migrations applied");

  // Next's standalone server hands over the built configuration the same way (every loadConfig call returns it).
  if (!dev) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= builtConfig();
  const app = next({ dev, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = createServer((req, res) => {
    // The TCP peer address, for rate limits; a client-sent copy of the header is never trusted.
    req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? "unknown";
    if (refuseBrokenPath(req, res)) return;
    void handle(req, res);
  });
  registerChatReactions(); // the bot, the urgent lane and the queue react to what chats store
  const io = attachRealtime(server);
  const jobs = startJobs(); // email outbox, SLA breach check, closing solved tickets (lib/jobs)

  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  // PORT=0 picks a free port: say which one.
  const bound = (server.address() as AddressInfo | null)?.port ?? port;
  const where = target.kind === "pglite" ? `embedded PGlite (${target.dataDir ?? "memory"})` : "PostgreSQL";
  console.log(
    `Beacon is ready on http://localhost:${bound} — ${where}, ${dev ? "development" : "production"}, started in ${Date.now() - started} ms`,
  );
  if (prepared.hasDemoAccounts) console.log(formatDemoLogins());

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close();
    await new Promise<void>((resolve) => io.close(() => resolve()));
    setIo(undefined);
    server.closeAllConnections();
    await app.close?.().catch(() => {});
    await jobs.stop();
    await chatEventsSettled(); // a bot turn under way finishes before the database closes
    await closeRedis();
    await closeConnection();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await closeConnection().catch(() => {});
  process.exit(1);
});
