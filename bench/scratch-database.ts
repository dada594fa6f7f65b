import pg from "pg";

/** A fresh database on a local PostgreSQL for one benchmark run, and the way to drop it afterwards. */
export async function scratchDatabase(postgres: string, label: string) {
  const server = new URL(postgres);
  if (!["localhost", "127.0.0.1", "::1"].includes(server.hostname))
    throw new Error("The benchmark only runs against a local PostgreSQL.");
  const name = `beacon_${label}_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: new URL("/postgres", server).toString() });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  return {
    url: new URL(`/${name}`, server).toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
