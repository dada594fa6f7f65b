// npm run db:migrate: applies pending migrations to DATABASE_URL (embedded PGlite by default; stop the server first
// when it is the embedded database — one process per data directory).
import { closeConnection, getConnection } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";

try {
  const applied = await applyMigrations((await getConnection()).sql);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeConnection();
}
