// Every vitest file gets a real database: a fresh in-memory PGlite, or the PostgreSQL named by TEST_DATABASE_URL
// (shared by all files; factories make unique rows, so no reset is needed). Migrations run before the tests.
import { afterAll, beforeAll } from "vitest";
import { closeConnection, getConnection } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { assertLocalDatabase } from "./local-database";

const url = process.env.TEST_DATABASE_URL;
if (url) assertLocalDatabase(url);
process.env.DATABASE_URL = url ?? "pglite:memory";

beforeAll(async () => {
  await applyMigrations((await getConnection()).sql);
});

afterAll(async () => {
  await closeConnection();
});
