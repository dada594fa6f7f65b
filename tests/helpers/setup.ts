// Every vitest file gets a real database of its own: a fresh in-memory PGlite, or — when TEST_DATABASE_URL names a
// PostgreSQL server — a scratch database created for the file on that server and dropped afterwards, so background
// work in one file (auto-assignment to its online agents, say) can never touch another file's rows. Both start as a
// copy of the run's migrated database (tests/helpers/global-setup.ts).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { loadConfig } from "@/lib/config";
import { closeConnection, getConnection } from "@/lib/db/client";
import { chatEventsSettled } from "@/lib/conversations/chat-events";
import { applyMigrations } from "@/lib/db/migrations";
import { startMemoryDatabasesFrom } from "@/lib/db/pglite";
import { closeRedis, redisReady } from "@/lib/redis";
import { registerChatReactions } from "@/lib/services/chat-reactions";
import { assertLocalDatabase } from "./local-database";

const server = process.env.TEST_DATABASE_URL;
let scratch: string | undefined;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  // Files run side by side on one Redis: each gets its own keys and socket.io channels, or one file's
  // io.disconnectSockets() would reach another file's sockets through the Redis adapter.
  process.env.REDIS_PREFIX = `beacon-test-${randomBytes(6).toString("hex")}:`;
  if (server) {
    assertLocalDatabase(server);
    scratch = `beacon_test_${randomBytes(6).toString("hex")}`;
    await admin(`CREATE DATABASE ${scratch} TEMPLATE ${inject("databaseTemplate")}`);
    const url = new URL(server);
    url.pathname = `/${scratch}`;
    process.env.DATABASE_URL = url.toString();
  } else {
    process.env.DATABASE_URL = "pglite:memory";
    startMemoryDatabasesFrom(new Blob([readFileSync(inject("databaseTemplate"))]));
  }
  loadConfig(); // the test file's imports may have read the configuration before this file's database existed
  await redisReady(); // as server.ts does: limits count in Redis from the first request
  await applyMigrations((await getConnection()).sql); // none left to apply: the copy is migrated
  registerChatReactions(); // as server.ts does
});

afterAll(async () => {
  await chatEventsSettled();
  await closeRedis();
  await closeConnection();
  if (scratch) await admin(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
});
