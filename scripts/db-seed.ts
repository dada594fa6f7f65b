// npm run db:seed: migrates, then loads the demo data (idempotent) into DATABASE_URL.
import { closeConnection, getConnection } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { formatDemoLogins } from "../lib/db/prepare";
import { seedDemo } from "../prisma/seed/seed-demo";

try {
  const { sql, prisma } = await getConnection();
  await applyMigrations(sql);
  await seedDemo(prisma);
  console.log(formatDemoLogins());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeConnection();
}
