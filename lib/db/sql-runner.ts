import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/** Plain SQL, for what Prisma's query API cannot say: multi-statement migrations, advisory locks, search. */
export type SqlRunner = {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in one transaction on one connection. */
  transaction<T>(fn: (tx: Omit<SqlRunner, "transaction" | "close">) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export async function createSqlRunner(
  source: { kind: "pglite"; pglite: PGlite } | { kind: "postgres"; url: string },
): Promise<SqlRunner> {
  if (source.kind === "pglite") {
    const { pglite } = source;
    return {
      exec: async (sql) => void (await pglite.exec(sql)),
      query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
      transaction: (fn) =>
        pglite.transaction((tx) =>
          fn({
            exec: async (sql) => void (await tx.exec(sql)),
            query: async <T>(sql: string, params?: unknown[]) => (await tx.query<T>(sql, params)).rows,
          }),
        ),
      close: async () => {},
    };
  }
  const pool = new pg.Pool({ connectionString: source.url, max: 4 });
  // An idle connection PostgreSQL ends is dropped from the pool, not thrown at the process (see client.ts).
  pool.on("error", () => {});
  const run = (client: pg.Pool | pg.PoolClient) => ({
    exec: async (sql: string) => void (await client.query(sql)),
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
  });
  return {
    ...run(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(run(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
