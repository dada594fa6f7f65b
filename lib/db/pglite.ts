import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/** Measured here: 16MB shared buffers keep an idle server near 230 MB RSS instead of ~430 MB. */
const POSTGRES_CONF = ["shared_buffers=16MB"];

export class DataDirLockedError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is in use by another Beacon process (pid ${pid}). ` +
        `PGlite allows one process per data directory: stop that process first, or set DATABASE_URL to use PostgreSQL.`,
    );
    this.name = "DataDirLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes `<dataDir>.lock` for this process, or throws DataDirLockedError while a live process holds it.
 * A lock left by a dead process is taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(lockPath, { force: true });
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lockPath, "utf8")) || 0;
      if (holder && holder !== process.pid && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

// The snapshot the process's in-memory database starts from, when one is set (the test suite's:
// tests/helpers/global-setup.ts).
const snapshots = globalThis as typeof globalThis & { __beaconPgliteSnapshot?: Blob };

/**
 * The process's in-memory database (DATABASE_URL=pglite:memory) starts from now on as a copy of `snapshot` (a
 * `dumpDataDir` of a migrated database) instead of running initdb and every migration: measured 2.8 s instead of
 * 14.7 s per database on a loaded 2-core machine, once per test file.
 */
export function startMemoryDatabasesFrom(snapshot: Blob) {
  snapshots.__beaconPgliteSnapshot = snapshot;
}

export const memoryDatabaseSnapshot = (): Blob | undefined => snapshots.__beaconPgliteSnapshot;

/**
 * Opens PGlite on a data directory (or in memory when `dataDir` is undefined, empty or as a copy of `from`) with the
 * extensions Beacon uses.
 */
export async function openPglite(dataDir?: string, from?: Blob): Promise<PGlite> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite({
    dataDir,
    extensions: { pg_trgm },
    postgresqlconf: POSTGRES_CONF,
    loadDataDir: dataDir ? undefined : from,
  });
  await pglite.waitReady;
  return pglite;
}
