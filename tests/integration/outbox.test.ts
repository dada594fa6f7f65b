import nodemailer from "nodemailer";
import { afterEach, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/outbox";
import { markAddressProven } from "@/lib/mail/recipients";
import { claimDueEmails, deliver, OUTBOX_LEASE_MS, outboxMessageId, sendOutbox } from "@/lib/mail/send-outbox";
import { startSmtp, type TestSmtp } from "../helpers/smtp";

const servers: TestSmtp[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function smtp(port = 0) {
  const server = await startSmtp(port);
  servers.push(server);
  return server;
}

const transportFor = (server: { url: string }) =>
  nodemailer.createTransport(`${server.url}?connectionTimeout=2000&greetingTimeout=2000&socketTimeout=5000`);
const later = (ms: number) => new Date(Date.now() + ms);

async function queue(count: number, tag = Math.random().toString(36).slice(2, 8)) {
  const prisma = await getPrisma();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(
      await prisma.$transaction(async (tx) => {
        // Readers who proved their address (held mail is tested in tests/security/mail-recipients.test.ts).
        await markAddressProven(tx, `reader${i}-${tag}@example.com`, "link");
        const queued = await enqueueEmail(tx, {
          to: `reader${i}-${tag}@example.com`,
          subject: `Hello ${i} ${tag}`,
          text: `Body ${i}`,
          html: `<p>Body ${i}</p>`,
        });
        return queued.id;
      }),
    );
  }
  return ids;
}

async function rows(ids: string[]) {
  const prisma = await getPrisma();
  return prisma.emailOutbox.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } });
}

describe("email outbox", () => {
  it("sends queued mail through a real SMTP server, once, with a stable Message-ID", async () => {
    const server = await smtp();
    const ids = await queue(3);
    const run = await sendOutbox({ transport: transportFor(server), limit: 2, ids });
    expect(run).toEqual({ sent: 3, retry: 0, failed: 0 });
    const mine = server.messages.filter((m) => ids.some((id) => m.messageId === outboxMessageId(id)));
    expect(mine).toHaveLength(3);
    expect(mine[0].text).toMatch(/Body \d/);
    expect(mine[0].html).toContain("<p>Body");
    for (const row of await rows(ids)) {
      expect(row.status).toBe("SENT");
      expect(row.attempts).toBe(1);
      expect(row.sentAt).not.toBeNull();
    }
    // Another pass sends nothing again.
    const before = server.messages.length;
    await sendOutbox({ transport: transportFor(server), now: later(OUTBOX_LEASE_MS * 2), ids });
    expect(server.messages.length).toBe(before);
  });

  it("keeps mail in the outbox while no SMTP is configured", async () => {
    const ids = await queue(1);
    expect(await sendOutbox({ transport: null, ids })).toEqual({ sent: 0, retry: 0, failed: 0 });
    expect((await rows(ids))[0]).toMatchObject({ status: "PENDING", attempts: 0 });
  });

  it("loses nothing while SMTP is down and sends each mail exactly once after it recovers", async () => {
    const server = await smtp();
    const port = server.port;
    await server.close();
    servers.pop();
    const ids = await queue(2);

    // Down: connection refused. The rows stay PENDING with a retry scheduled and the error kept for admins.
    const down = await sendOutbox({ transport: transportFor({ url: `smtp://127.0.0.1:${port}` }), ids });
    expect(down).toEqual({ sent: 0, retry: 2, failed: 0 });
    for (const row of await rows(ids)) {
      expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
      expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    }

    // Up again, but refusing with 451 (temporarily) for one round: still pending, nothing accepted.
    const back = await smtp(port);
    back.failing = true;
    await sendOutbox({ transport: transportFor(back), now: later(60_000), ids });
    expect(back.refused).toBeGreaterThanOrEqual(2);
    expect(back.messages).toHaveLength(0);

    // Recovered: each mail arrives once, however many attempts it took.
    back.failing = false;
    await sendOutbox({ transport: transportFor(back), now: later(3600_000), ids });
    const received = back.messages.filter((m) => ids.some((id) => m.messageId === outboxMessageId(id)));
    expect(received).toHaveLength(2);
    for (const row of await rows(ids)) expect(row).toMatchObject({ status: "SENT", attempts: 3 });
    await sendOutbox({ transport: transportFor(back), now: later(7200_000), ids });
    expect(back.messages.filter((m) => ids.some((id) => m.messageId === outboxMessageId(id)))).toHaveLength(2);
  });

  it("never gives one mail to two workers running at once", async () => {
    const server = await smtp();
    const ids = await queue(8);
    await Promise.all([
      sendOutbox({ transport: transportFor(server), limit: 3, ids }),
      sendOutbox({ transport: transportFor(server), limit: 3, ids }),
    ]);
    const ours = server.messages.filter((m) => ids.some((id) => m.messageId === outboxMessageId(id)));
    expect(ours).toHaveLength(8);
    expect(new Set(ours.map((m) => m.messageId)).size).toBe(8);
  });

  it("gives up on a permanent refusal (5xx) and marks the mail FAILED for an admin to see", async () => {
    const ids = await queue(1);
    const refusing = {
      sendMail: async () => Promise.reject(Object.assign(new Error("550 No such user"), { responseCode: 550 })),
    };
    await sendOutbox({ transport: refusing as never, ids });
    expect((await rows(ids))[0]).toMatchObject({ status: "FAILED", attempts: 1, lastError: "550 No such user" });
  });

  it("resends after a crash between the SMTP accept and the SENT mark with the same Message-ID (documented guarantee)", async () => {
    const server = await smtp();
    const ids = await queue(1);
    const real = transportFor(server);
    // A worker claims the mail, the server accepts it, and the worker dies before recording SENT.
    const claimed = (await claimDueEmails(50, new Date(), ids)).filter((row) => ids.includes(row.id));
    expect(claimed).toHaveLength(1);
    await deliver(real, claimed[0]);
    // While its lease runs nobody else takes it ...
    await sendOutbox({ transport: real, now: later(OUTBOX_LEASE_MS - 10_000), ids });
    expect((await rows(ids))[0].status).toBe("PENDING");
    // ... then another worker sends it again, with the very same Message-ID, so receivers see one message.
    await sendOutbox({ transport: real, now: later(OUTBOX_LEASE_MS + 1000), ids });
    const copies = server.messages.filter((m) => m.messageId === outboxMessageId(ids[0]));
    expect(copies).toHaveLength(2);
    expect(copies[0].messageId).toBe(copies[1].messageId);
    expect((await rows(ids))[0]).toMatchObject({ status: "SENT", attempts: 2 });
  });
});
