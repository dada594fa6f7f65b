import { config } from "@/lib/config";
import { logger } from "@/lib/logger";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { databaseTarget, type DatabaseTarget } from "./config";
import { createSqlRunner, type SqlRunner } from "./sql-runner";
import { watchTableWrites } from "./table-writes";

type Connection = {
  target: DatabaseTarget;
  prisma: PrismaClient;
  /** Plain SQL on the same database (migrations, search); for PGlite the very same instance. */
  sql: SqlRunner;
  close(): Promise<void>;
};

// Next's bundles and server.ts load separate copies of this module: the one connection lives on globalThis.
const store = globalThis as typeof globalThis & { __beaconDb?: Promise<Connection> };

async function connect(target: DatabaseTarget): Promise<Connection> {
  if (target.kind === "postgres") {
    // A connection PostgreSQL ends (a restart, a failover, a dropped database) is logged, never an unhandled error
    // that stops the process; the pool opens a new one for the next query.
    // The reason only: pg hangs the whole client (its type tables, its buffers) on the error.
    const dropped = (error: Error & { code?: string }) =>
      logger.warn({ reason: error.message, code: error.code }, "a PostgreSQL connection was closed");
    const adapter = new PrismaPg(
      { connectionString: target.url, max: config().DATABASE_POOL_SIZE },
      { onPoolError: dropped, onConnectionError: dropped },
    );
    const prisma = new PrismaClient({ adapter: watchTableWrites(adapter) });
    const sql = await createSqlRunner({ kind: "postgres", url: target.url });
    return {
      target,
      prisma,
      sql,
      async close() {
        await prisma.$disconnect();
        await sql.close();
      },
    };
  }
  // Loaded only for the embedded database: importing PGlite costs about 45 MB of memory a PostgreSQL server never uses.
  const [{ lockDataDir, memoryDatabaseSnapshot, openPglite }, { PrismaPGlite }] = await Promise.all([
    import("./pglite"),
    import("pglite-prisma-adapter"),
  ]);
  const release = target.dataDir ? lockDataDir(target.dataDir) : () => {};
  let pglite: PGlite;
  try {
    pglite = await openPglite(target.dataDir, target.dataDir ? undefined : memoryDatabaseSnapshot());
  } catch (error) {
    release();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: watchTableWrites(new PrismaPGlite(pglite)) });
  const sql = await createSqlRunner({ kind: "pglite", pglite });
  return {
    target,
    prisma,
    sql,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}

/** The process's database connection, opened on first use (never at import time). */
export function getConnection(): Promise<Connection> {
  store.__beaconDb ??= connect(databaseTarget()).catch((error) => {
    store.__beaconDb = undefined;
    throw error;
  });
  return store.__beaconDb;
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getConnection()).prisma;
}

export async function closeConnection(): Promise<void> {
  const pending = store.__beaconDb;
  store.__beaconDb = undefined;
  if (pending) await (await pending).close();
}
