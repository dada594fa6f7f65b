// npm run bench:exchange [-- --postgres postgres://postgres@localhost:5432/postgres --events 3000 --rate 300 --seconds 10]
// What connecting the exchange costs: identity-token verification per request (signature and claims only, then the
// whole POST /api/v1/identity path with the jti insert, upsert and audit), and the webhook outbox — deliveries a
// second when a backlog is drained by two workers (two instances), and the delay from event to delivery at a steady
// event rate with the production job interval (1 s). PGlite in memory by default; --postgres uses a scratch database.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { SignJWT } from "jose";
import { loadConfig } from "../lib/config";

const { values } = parseArgs({
  options: {
    postgres: { type: "string" },
    events: { type: "string", default: "3000" },
    rate: { type: "string", default: "300" },
    seconds: { type: "string", default: "10" },
    interval: { type: "string", default: "1000" },
  },
});

async function scratch(server: string) {
  const url = new URL(server);
  if (!["localhost", "127.0.0.1", "::1"].includes(url.hostname))
    throw new Error("The benchmark only runs against a local PostgreSQL.");
  const name = `beacon_exchange_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: new URL("/postgres", url).toString() });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  return {
    url: new URL(`/${name}`, url).toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

const pct = (xs: number[], p: number) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const db = values.postgres ? await scratch(values.postgres) : null;
process.env.DATABASE_URL = db?.url ?? "pglite:memory";
process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret";
process.env.LOG_LEVEL = "silent";
process.env.WEBHOOK_ALLOW_PRIVATE = "1";
loadConfig(); // imports may have read the configuration already
const { getPrisma, getConnection, closeConnection } = await import("../lib/db/client");
const { applyMigrations } = await import("../lib/db/migrations");
const { verifyIdentityToken } = await import("../lib/auth/identity/verify-identity-token");
const { identifyCustomer } = await import("../lib/services/identity/identify-customer");
const { enqueueWebhook } = await import("../lib/services/webhooks/enqueue-webhook");
const { sendWebhooks } = await import("../lib/services/webhooks/send-webhooks");

try {
  await applyMigrations((await getConnection()).sql);
  const prisma = await getPrisma();
  const site = await prisma.identitySite.create({
    data: {
      key: "bench",
      name: "Bench",
      issuer: "https://ex.bench",
      audience: "beacon",
      secret: "bench-site-secret-0123456789abcdef",
    },
  });
  const sign = (sub: string) =>
    new SignJWT({ email: `${sub}@ex.bench`, vipLevel: 2 })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(sub)
      .setIssuer(site.issuer)
      .setAudience(site.audience)
      .setIssuedAt()
      .setExpirationTime("5m")
      .setJti(randomUUID())
      .sign(new TextEncoder().encode(site.secret!));

  const tokens = await Promise.all(Array.from({ length: 2000 }, (_, i) => sign(`u-${i % 200}`)));
  let started = performance.now();
  for (const token of tokens) await verifyIdentityToken(token, site);
  const verifyMs = (performance.now() - started) / tokens.length;
  started = performance.now();
  for (const token of tokens.slice(0, 500)) await identifyCustomer({ token, siteKey: "bench" });
  const identifyMs = (performance.now() - started) / 500;
  console.log(
    `identity: verify ${verifyMs.toFixed(3)} ms/token (HS256 + claims); whole identify ${identifyMs.toFixed(2)} ms/request (verify, jti insert, upsert, audit, webhook check)`,
  );

  const arrivals: { at: number; occurredAt: number }[] = [];
  const receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk));
    req.on("end", () => {
      arrivals.push({
        at: Date.now(),
        occurredAt: Date.parse((JSON.parse(body) as { occurredAt: string }).occurredAt),
      });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  await prisma.webhookEndpoint.create({ data: { url, events: ["message.created"], secret: "whsec_bench" } });

  // Backlog: N events queued, then drained by two workers at once (as two instances would).
  const events = Number(values.events);
  for (let i = 0; i < events; i += 20) {
    await prisma.$transaction(
      async (tx) => {
        for (let j = i; j < Math.min(events, i + 20); j++)
          await enqueueWebhook(tx, "message.created", { message: { seq: j } });
      },
      { timeout: 30_000 },
    );
  }
  started = performance.now();
  const runs = await Promise.all([sendWebhooks({ limit: 50 }), sendWebhooks({ limit: 50 })]);
  const drainS = (performance.now() - started) / 1000;
  const sent = runs.reduce((n, r) => n + r.sent, 0);
  console.log(
    `webhooks: ${sent} deliveries drained by 2 workers in ${drainS.toFixed(2)} s = ${(sent / drainS).toFixed(0)} deliveries/s (${arrivals.length} received)`,
  );

  // Steady load with the job's interval: event → delivery delay.
  arrivals.length = 0;
  const rate = Number(values.rate);
  const seconds = Number(values.seconds);
  const interval = Number(values.interval);
  let stop = false;
  const worker = async () => {
    while (!stop) {
      await sendWebhooks({ limit: 50 });
      await sleep(interval);
    }
  };
  const workers = [worker(), worker()];
  const t0 = Date.now();
  let produced = 0;
  while (Date.now() - t0 < seconds * 1000) {
    const due = Math.floor(((Date.now() - t0) / 1000) * rate) - produced;
    if (due > 0) {
      await prisma.$transaction(
        async (tx) => {
          for (let j = 0; j < due; j++) await enqueueWebhook(tx, "message.created", { message: { seq: produced + j } });
        },
        { timeout: 30_000 },
      );
      produced += due;
    }
    await sleep(10);
  }
  while (arrivals.length < produced && Date.now() - t0 < (seconds + 30) * 1000) await sleep(50);
  stop = true;
  await Promise.all(workers);
  const delays = arrivals.map((a) => a.at - a.occurredAt);
  console.log(
    `webhooks at ${rate} events/s for ${seconds} s, 2 workers, job interval ${interval} ms: ${arrivals.length}/${produced} delivered; delay p50 ${pct(delays, 50)} ms, p95 ${pct(delays, 95)} ms, max ${Math.max(...delays)} ms`,
  );
  receiver.close();
} finally {
  await closeConnection();
  await db?.drop();
}
