import { tablesVersion } from "./table-writes";

/**
 * How long another instance's change may go unseen: a cached read is dropped at once when this process writes one of
 * its tables (lib/db/table-writes.ts), and after this long whoever wrote it.
 */
export const READ_CACHE_TTL_MS = 5_000;

/**
 * A read of rows that change rarely and are read on every chat event (settings, topics, webhook endpoints, SLA
 * policies). `load` runs on the caller's client — inside a transaction, the transaction — so it never waits for a
 * second connection. Callers must not change what it returns: it is shared.
 */
export function cachedRead<D, T>(tables: readonly string[], load: (db: D) => Promise<T>): (db: D) => Promise<T> {
  let entry: { value: Promise<T>; version: string; expires: number } | undefined;
  return (db) => {
    const version = tablesVersion(tables);
    const now = Date.now();
    if (entry && entry.version === version && entry.expires > now) return entry.value;
    const value = load(db);
    const current = { value, version, expires: now + READ_CACHE_TTL_MS };
    entry = current;
    value.catch(() => {
      if (entry === current) entry = undefined;
    });
    return value;
  };
}
