// Once per vitest run: one migrated database that every test file's own database starts as a copy of
// (tests/helpers/setup.ts) — a PGlite snapshot file, or a PostgreSQL template database when TEST_DATABASE_URL is
// set. Running initdb and every migration again for each of some 60 files was minutes of the suite.
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrations";
import { openPglite } from "@/lib/db/pglite";
import { createSqlRunner } from "@/lib/db/sql-runner";
import { assertLocalDatabase } from "./local-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated PGlite snapshot (a file) or PostgreSQL template database (a name) files start from. */
    databaseTemplate: string;
  }
}

async function admin(server: string, sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    assertLocalDatabase(server);
    const template = `beacon_test_template_${randomBytes(6).toString("hex")}`;
    await admin(server, `CREATE DATABASE ${template}`);
    const url = new URL(server);
    url.pathname = `/${template}`;
    const sql = await createSqlRunner({ kind: "postgres", url: url.toString() });
    await applyMigrations(sql);
    await sql.close();
    project.provide("databaseTemplate", template);
    return () => admin(server, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  }
  const pglite = await openPglite();
  await applyMigrations(await createSqlRunner({ kind: "pglite", pglite }));
  const snapshot = path.join(os.tmpdir(), `beacon-test-${process.pid}-${randomBytes(4).toString("hex")}.tar`);
  writeFileSync(snapshot, Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
  await pglite.close();
  project.provide("databaseTemplate", snapshot);
  return () => rmSync(snapshot, { force: true });
}
