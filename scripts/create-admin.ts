// npm run admin:create -- <email> "<name>": creates the first administrator of a production install (or promotes an
// existing account). The password comes from ADMIN_PASSWORD, or a strong one is generated and printed once.
import { randomBytes } from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import { closeConnection, getConnection } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { registerSchema } from "../lib/contracts/auth";

const [email, name = "Administrator"] = process.argv.slice(2);
const password = process.env.ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
const parsed = registerSchema.safeParse({ email, name, password });
if (!parsed.success) {
  console.error(
    'Usage: npm run admin:create -- <email> "<name>"   (password: ADMIN_PASSWORD, at least 8 characters, or generated)',
  );
  process.exit(2);
}

try {
  const { sql, prisma } = await getConnection();
  await applyMigrations(sql);
  const data = { name: parsed.data.name, passwordHash: await hashPassword(password), role: "ADMIN" as const };
  const user = await prisma.user.upsert({
    where: { email: parsed.data.email },
    create: { ...data, email: parsed.data.email, contactEmail: parsed.data.email },
    update: data,
  });
  await prisma.agentProfile.upsert({ where: { userId: user.id }, create: { userId: user.id }, update: {} });
  console.log(`Administrator ${user.email} is ready.`);
  if (!process.env.ADMIN_PASSWORD) console.log(`Password (shown once): ${password}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeConnection();
}
