// npm run bench:sign-in [-- --rounds 40]
// The cost of signing in with 2FA: the password step as lib/auth/options.ts `authorize` does it (the login limit,
// the account, argon2id, the pending session row, audit; next-auth's provider module does not load under tsx, so the
// same calls are made here in the same order) and then the real code step (decrypt the secret, verify the TOTP,
// claim its step, open the session). Prints p50/p95 of each step and of both, on an in-memory PGlite.
import { parseArgs } from "node:util";
import { generateSync } from "otplib";
import { loadConfig } from "../lib/config";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "40" } } });
const ROUNDS = Number(values.rounds);

process.env.DATABASE_URL = "pglite:memory";
process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret";
process.env.LOG_LEVEL = "silent";
loadConfig();

const { applyMigrations } = await import("../lib/db/migrations");
const { closeConnection, getConnection, getPrisma } = await import("../lib/db/client");
const { hashPassword, verifyPassword } = await import("../lib/auth/password");
const { loginBlockedFor, loginKey, loginLimiter } = await import("../lib/rate-limit");
const { createSession } = await import("../lib/services/sessions/create-session");
const { encryptSecret, newTotpSecret } = await import("../lib/auth/totp");
const { completeSignIn } = await import("../lib/services/two-factor/complete-sign-in");

await applyMigrations((await getConnection()).sql);
const prisma = await getPrisma();
const secret = newTotpSecret();
const user = await prisma.user.create({
  data: {
    email: "bench@beacon.test",
    contactEmail: "bench@beacon.test",
    name: "Bench",
    role: "AGENT",
    passwordHash: await hashPassword("bench password"),
    totpSecret: encryptSecret(secret),
    totpEnabledAt: new Date(),
  },
});
async function passwordStep(email: string, typed: string, ip: string) {
  if ((await loginBlockedFor(email, ip)) > 0) throw new Error("blocked");
  const found = await prisma.user.findUnique({ where: { email } });
  if (!found || !(await verifyPassword(found.passwordHash, typed))) throw new Error("wrong password");
  await loginLimiter().delete(loginKey(email, ip));
  const id = await createSession({
    userId: found.id,
    role: found.role,
    ip,
    secondFactorPending: !!found.totpEnabledAt,
  });
  await prisma.auditEvent.create({
    data: { actorId: found.id, action: "signin.password_ok", ip, data: { sessionId: id } },
  });
  return { sessionId: id };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)]!;
const password: number[] = [];
const code: number[] = [];
const total: number[] = [];
for (let round = 0; round < ROUNDS + 3; round++) {
  // Each round is a new sign-in in the same 30 seconds: forget the last accepted step (outside the timing).
  await prisma.user.update({ where: { id: user.id }, data: { totpLastStep: null } });
  const start = performance.now();
  const { sessionId } = await passwordStep("bench@beacon.test", "bench password", "127.0.0.1");
  const middle = performance.now();
  await completeSignIn({ pending: { userId: user.id, sessionId }, code: generateSync({ secret }), ip: "127.0.0.1" });
  const end = performance.now();
  if (round < 3) continue; // warm-up
  password.push(middle - start);
  code.push(end - middle);
  total.push(end - start);
}
const line = (name: string, values: number[]) =>
  console.log(
    `${name.padEnd(22)} p50 ${percentile(values, 0.5).toFixed(1)} ms   p95 ${percentile(values, 0.95).toFixed(1)} ms`,
  );
console.log(`Sign-in with 2FA, ${ROUNDS} rounds (PGlite in memory, this machine):`);
line("password step", password);
line("code step", code);
line("password + code", total);
await closeConnection();
