import { mkdtemp, mkdir, readFile, writeFile, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getConnection } from "@/lib/db/client";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/migrations";
import { diffMigrationsToSchema, SCHEMA_PATH } from "@/lib/db/schema-diff";

describe("migrations", () => {
  it("agree with schema.prisma (run `npm run db:migration -- <name>` after changing the schema)", async () => {
    const drift = await diffMigrationsToSchema();
    expect(drift, `schema.prisma and prisma/migrations disagree; the missing SQL is:\n${drift}`).toBe("");
  }, 60_000);

  it("notice when the schema changes without a migration", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "beacon-drift-"));
    const schema = (await readFile(SCHEMA_PATH, "utf8")).replace("model Setting {", "model Setting {\n  note String?");
    await writeFile(path.join(dir, "schema.prisma"), schema);
    expect(await diffMigrationsToSchema(path.join(dir, "schema.prisma"))).toContain('ADD COLUMN     "note" TEXT');
  }, 60_000);

  it("apply once, record Prisma's bookkeeping, and refuse an edited migration", async () => {
    const { sql } = await getConnection();
    expect(await applyMigrations(sql)).toEqual([]);
    const rows = await sql.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);

    const edited = await mkdtemp(path.join(tmpdir(), "beacon-migrations-"));
    await cp(MIGRATIONS_DIR, edited, { recursive: true });
    const first = rows.map((r) => r.migration_name).sort()[0];
    await writeFile(
      path.join(edited, first, "migration.sql"),
      "-- edited\n" + (await readFile(path.join(MIGRATIONS_DIR, first, "migration.sql"), "utf8")),
    );
    await expect(applyMigrations(sql, edited)).rejects.toThrow(/was changed after it was applied/);
  });

  it("apply a new migration and nothing half-way when one fails", async () => {
    const { sql } = await getConnection();
    const dir = await mkdtemp(path.join(tmpdir(), "beacon-migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const table = `probe_${Date.now()}`;
    await mkdir(path.join(dir, "29990101000000_broken"));
    await writeFile(
      path.join(dir, "29990101000000_broken", "migration.sql"),
      `CREATE TABLE ${table} (id int);\nSELECT no_such_function();`,
    );
    await expect(applyMigrations(sql, dir)).rejects.toThrow();
    const exists = await sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = $1`, [table]);
    expect(exists).toHaveLength(0);
  });
});
