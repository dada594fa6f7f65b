import { config } from "@/lib/config";
import { admins, DEMO_PASSWORD } from "../../prisma/seed/demo-people";
import { demoLogins, seedDemo } from "../../prisma/seed/seed-demo";
import { getConnection } from "./client";
import { applyMigrations } from "./migrations";

export type Prepared = { applied: string[]; seeded: boolean; hasDemoAccounts: boolean };

/**
 * Brings the database up to date at start-up: applies pending migrations, then seeds the demo data into an empty
 * embedded database, or into any database with SEED_DEMO=1 (a production PostgreSQL never gets demo accounts by
 * default). SEED_DEMO=0 keeps an empty embedded database empty.
 */
export async function prepareDatabase(): Promise<Prepared> {
  const { sql, prisma, target } = await getConnection();
  const applied = await applyMigrations(sql);
  const hadDemoAccounts = (await prisma.user.count({ where: { email: admins[0].email } })) > 0;
  const seeded =
    !hadDemoAccounts &&
    (config().SEED_DEMO === "1" ||
      (target.kind === "pglite" && config().SEED_DEMO !== "0" && (await prisma.user.count()) === 0));
  if (seeded) await seedDemo(prisma);
  return { applied, seeded, hasDemoAccounts: hadDemoAccounts || seeded };
}

export function formatDemoLogins(): string {
  const logins = demoLogins();
  const width = Math.max(...logins.map((l) => l.email.length));
  return [
    `Demo logins (password for all: ${DEMO_PASSWORD})`,
    ...logins.map((l) => `  ${l.email.padEnd(width)}  ${l.name} — ${l.role}`),
  ].join("\n");
}
