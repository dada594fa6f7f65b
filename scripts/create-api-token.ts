// npm run token:create -- <admin email> "<name>" <scope,scope,…> [requests a minute]: makes an API token for the
// exchange's back office (like Admin → Exchange → API tokens) and prints it once.
import { toActor } from "../lib/auth/actor";
import { closeConnection, getConnection } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { createApiTokenSchema } from "../lib/contracts/api-token";
import { createApiToken } from "../lib/services/api-tokens/api-tokens-admin";

const [email, name, scopes = "", rate = "600"] = process.argv.slice(2);
const parsed = createApiTokenSchema.safeParse({
  name,
  scopes: scopes.split(",").filter(Boolean),
  ratePerMinute: rate,
  expiresInDays: 30,
});
if (!email || !parsed.success) {
  console.error(
    'Usage: npm run token:create -- <admin email> "<name>" customers:write,tickets:read [requests a minute]',
  );
  process.exit(2);
}

try {
  const { sql, prisma } = await getConnection();
  await applyMigrations(sql);
  const owner = await prisma.user.findFirst({ where: { email: email.toLowerCase(), role: "ADMIN" } });
  if (!owner) throw new Error(`${email} is not an administrator (npm run admin:create first)`);
  const { token } = await createApiToken({ actor: toActor(owner), input: parsed.data });
  console.log(`API token (shown once): ${token}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeConnection();
}
