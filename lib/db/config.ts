import { config } from "@/lib/config";
import path from "node:path";

export type DatabaseTarget = { kind: "pglite"; dataDir: string | undefined } | { kind: "postgres"; url: string };

/**
 * DATABASE_URL picks the database: unset → embedded PGlite in data/pglite; `postgres://…` → PostgreSQL;
 * `pglite:memory` → a throwaway in-memory PGlite (tests); `pglite:<dir>` → PGlite in that directory.
 */
export function databaseTarget(url = config().DATABASE_URL): DatabaseTarget {
  if (!url) return { kind: "pglite", dataDir: path.resolve("data/pglite") };
  if (url === "pglite:memory") return { kind: "pglite", dataDir: undefined };
  if (url.startsWith("pglite:")) return { kind: "pglite", dataDir: path.resolve(url.slice("pglite:".length)) };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  throw new Error(`DATABASE_URL must start with postgres:// or pglite: (got "${url.split(":")[0]}:…")`);
}
