import pg from "pg";

/**
 * A fresh database on a local PostgreSQL for one benchmark run, and the way to drop it afterwards. With `keep`, the
 * named database is reused (created when missing) and never dropped, so a big seed serves several runs.
 */
export async function scratchDatabase(postgres: string, label: string, keep?: string) {
  const server = new URL(postgres);
  if (!["localhost", "127.0.0.1", "::1"].includes(server.hostname))
    throw new Error("The benchmark only runs against a local PostgreSQL.");
  if (keep !== undefined && !/^[a-z_][a-z0-9_]*$/.test(keep)) throw new Error("--database: a plain lowercase name.");
  const name = keep ?? `beacon_${label}_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: new URL("/postgres", server).toString() });
    await client.connect();
    const result = await client.query(sql);
    await client.end();
    return result;
  };
  const exists = (await admin(`SELECT 1 FROM pg_database WHERE datname = '${name}'`)).rowCount;
  if (!exists) await admin(`CREATE DATABASE ${name}`);
  return {
    url: new URL(`/${name}`, server).toString(),
    drop: async () => {
      if (keep === undefined) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
