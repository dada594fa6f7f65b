// npm run db:migration -- <name>: writes the next migration from the difference between
// prisma/migrations and prisma/schema.prisma, offline (Prisma's schema engine as WebAssembly, PGlite as shadow).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR } from "../lib/db/migrations";
import { diffMigrationsToSchema, MIGRATION_LOCK } from "../lib/db/schema-diff";

const name = (process.argv[2] ?? "")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "_")
  .replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (for example: add_ticket_tags)");
  process.exit(2);
}
const sql = await diffMigrationsToSchema();
if (!sql) {
  console.log("The schema and the migrations already agree: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, "migration.sql"), sql);
await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), MIGRATION_LOCK);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
