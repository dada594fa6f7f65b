// npm run bench:mail [-- --mails 10000 --idle 100 --postgres postgres://postgres@localhost:5432]
// Inbound email through the real pieces: a throwaway dovecot on loopback (tests/helpers/dovecot.ts) with a mailbox
// of N messages, and Beacon's IMAP reader importing them into tickets on an in-memory PGlite (or a scratch
// PostgreSQL database with --postgres). Prints mails imported a second, then the delay from delivery (IMAP APPEND)
// to the ticket existing, p50/p95, with the reader idling (IDLE) between mails.
import { parseArgs } from "node:util";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { closeConnection, getConnection, getPrisma } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations";
import { inboundMail } from "../lib/mail/inbound-mail";
import { composeMail } from "../tests/helpers/mail";
import { startDovecot } from "../tests/helpers/dovecot";
import { loadConfig } from "../lib/config";

const { values } = parseArgs({
  options: {
    mails: { type: "string", default: "10000" },
    idle: { type: "string", default: "100" },
    postgres: { type: "string" },
  },
});
const MAILS = Number(values.mails);
const IDLE_MAILS = Number(values.idle);

async function database() {
  if (!values.postgres) {
    process.env.DATABASE_URL = "pglite:memory";
    loadConfig(); // imports may have read the configuration already
    return async () => {};
  }
  const server = new URL(values.postgres);
  if (!["localhost", "127.0.0.1", "::1"].includes(server.hostname))
    throw new Error("The benchmark only runs against a local PostgreSQL.");
  const name = `beacon_mail_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: new URL("/postgres", server).toString() });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  process.env.DATABASE_URL = new URL(`/${name}`, server).toString();
  loadConfig(); // imports may have read the configuration already
  return () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  process.env.LOG_LEVEL ??= "warn";
  process.env.NEXTAUTH_SECRET ??= "beacon-bench-secret"; // tracking links in the confirmation emails are signed
  process.env.INBOUND_SENDER_CAP = "100000"; // the most the configuration takes; far above the 10,000 mails
  process.env.INBOUND_POLL_MS = "60000";
  const drop = await database();
  const dovecot = await startDovecot();
  try {
    await applyMigrations((await getConnection()).sql);
    const prisma = await getPrisma();
    const team = await prisma.team.create({ data: { slug: "general", name: { en: "General", "zh-CN": "综合" } } });
    const topic = await prisma.topic.create({
      data: { slug: "general", name: { en: "General", "zh-CN": "综合" }, teamId: team.id },
    });
    await prisma.slaPolicy.create({ data: { priority: "NORMAL", firstResponseMinutes: 120, resolutionMinutes: 1440 } });
    await prisma.mailbox.create({
      data: {
        name: "Bench",
        address: "support@beacon.test",
        imapHost: "127.0.0.1",
        imapPort: dovecot.port,
        imapSecure: false,
        imapUser: dovecot.user,
        imapPassword: dovecot.password,
        topicId: topic.id,
      },
    });
    const raws = await Promise.all(
      Array.from({ length: MAILS }, (_, i) =>
        composeMail({
          from: `customer${i}@example.com`,
          subject: `Question ${i} about my withdrawal`,
          text: `Hello,\n\nmy withdrawal number ${i} is still pending.\n\nThanks\n-- \nA customer`,
        }),
      ),
    );
    dovecot.drop(raws);
    console.log(
      `mailbox: ${MAILS.toLocaleString("en")} messages (${(raws.reduce((n, r) => n + r.length, 0) / 1024 / 1024).toFixed(1)} MB) · database: ${values.postgres ? "PostgreSQL" : "PGlite (in memory)"}`,
    );

    const inbound = inboundMail();
    const started = Date.now();
    await inbound.supervise();
    let last = 0;
    for (;;) {
      const done = await prisma.inboundEmail.count({ where: { status: "PROCESSED" } });
      if (done >= MAILS) break;
      if (done - last >= 1000 || done === 0) {
        process.stderr.write(
          `  ${done.toLocaleString("en")} imported after ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
        );
        last = done;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const seconds = (Date.now() - started) / 1000;
    const tickets = await prisma.ticket.count({ where: { channel: "EMAIL" } });
    console.log(
      `import: ${MAILS.toLocaleString("en")} mails → ${tickets.toLocaleString("en")} tickets in ${seconds.toFixed(1)} s = ${(MAILS / seconds).toFixed(1)} mails/s`,
    );

    const delays: number[] = [];
    for (let i = 0; i < IDLE_MAILS; i++) {
      const messageId = `<idle-${i}-${randomUUID()}@customer.example>`;
      const raw = await composeMail({
        from: `idle${i}@example.com`,
        subject: `Idle ${i}`,
        text: "Is anyone there?",
        messageId,
      });
      const sent = Date.now();
      await dovecot.deliver(raw);
      for (;;) {
        const row = await prisma.inboundEmail.findUnique({
          where: { messageId },
          select: { status: true, ticket: { select: { createdAt: true } } },
        });
        if (row?.ticket) {
          delays.push(row.ticket.createdAt.getTime() - sent);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await new Promise((resolve) => setTimeout(resolve, 100)); // let the reader go back to IDLE
    }
    delays.sort((a, b) => a - b);
    console.log(
      `IDLE: delivery → ticket over ${IDLE_MAILS} mails: p50 ${pct(delays, 50)} ms, p95 ${pct(delays, 95)} ms, max ${delays[delays.length - 1]} ms`,
    );
    await inbound.stop();
  } finally {
    await dovecot.stop();
    await closeConnection();
    await drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
