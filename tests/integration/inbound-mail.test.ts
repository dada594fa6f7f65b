// Inbound email end to end against a real IMAP server (Debian's dovecot on loopback) and Beacon's own SMTP receiver.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { loadConfig } from "@/lib/config";
import nodemailer from "nodemailer";
import { getPrisma } from "@/lib/db/client";
import { inboundMail, type InboundMail } from "@/lib/mail/inbound-mail";
import { outboxMessageId, sendOutbox } from "@/lib/mail/send-outbox";
import { mergeTicket } from "@/lib/services/tickets/merge-ticket";
import { replyToTicket } from "@/lib/services/tickets/reply-to-ticket";
import { startSmtpReceiver, type SmtpReceiver } from "@/lib/mail/smtp-receiver";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import { processInboundEmails } from "@/lib/services/inbound-mail/process-inbound-emails";
import { storeInboundEmails } from "@/lib/services/inbound-mail/store-inbound-emails";
import { createTopic } from "../factories/tickets";
import { createActor, createUser } from "../factories/users";
import { startSmtp } from "../helpers/smtp";
import { startDovecot, type TestDovecot } from "../helpers/dovecot";
import { composeMail, uniqueAddress, waitUntil } from "../helpers/mail";
import { EXE, PNG } from "../helpers/tickets-api";

process.env.INBOUND_POLL_MS = "500";
process.env.INBOUND_LEASE_MS = "3000";
loadConfig(); // parsed once: read the change

let dovecot: TestDovecot;
let mailboxId: string;
let topicId: string;
const readers: InboundMail[] = [];

async function reader() {
  const inbound = inboundMail();
  readers.push(inbound);
  await inbound.supervise();
  return inbound;
}

beforeAll(async () => {
  dovecot = await startDovecot();
  const prisma = await getPrisma();
  const { topic } = await createTopic();
  topicId = topic.id;
  const box = await prisma.mailbox.create({
    data: {
      name: "Support",
      address: "support@beacon.test",
      imapHost: "127.0.0.1",
      imapPort: dovecot.port,
      imapSecure: false,
      imapUser: dovecot.user,
      imapPassword: dovecot.password,
      topicId,
    },
  });
  mailboxId = box.id;
  await reader();
});

afterAll(async () => {
  await Promise.all(readers.map((r) => r.stop()));
  await dovecot?.stop();
});

const prisma = () => getPrisma();
const ticketsFrom = async (from: string) =>
  (await prisma()).ticket.findMany({
    where: { requester: { contactEmail: from } },
    include: { entries: { include: { attachments: true }, orderBy: { createdAt: "asc" } } },
  });
const inbound = async (messageId: string) =>
  (await prisma()).inboundEmail.findUnique({ where: { messageId: messageId.toLowerCase() } });
const settled = (messageId: string) =>
  waitUntil(
    async () => {
      const row = await inbound(messageId);
      return row && row.status !== "RECEIVED" ? row : null;
    },
    15_000,
    `mail ${messageId}`,
  );

describe("inbound email over IMAP (dovecot)", () => {
  it("a new mail opens an EMAIL ticket: mailbox topic, guest requester, confirmation threaded to the ticket, files vetted", async () => {
    const from = uniqueAddress();
    const messageId = `<first-${Date.now()}@customer.example>`;
    await dovecot.deliver(
      await composeMail({
        from: `Li Lei <${from}>`,
        subject: "Withdrawal stuck for 3 hours",
        text: "My BTC withdrawal is still pending.\n\n-- \nLi Lei\nSent with love",
        messageId,
        attachments: [
          { filename: "screenshot.png", content: PNG },
          { filename: "invoice.png", content: EXE },
        ],
      }),
    );
    const row = await settled(messageId);
    expect(row).toMatchObject({ status: "PROCESSED", fromAddress: from, mailboxId });
    const [ticket] = await ticketsFrom(from);
    expect(ticket).toMatchObject({
      channel: "EMAIL",
      subject: "Withdrawal stuck for 3 hours",
      topicId,
      locale: "en",
      id: row.ticketId,
    });
    const requester = await (await prisma()).user.findUniqueOrThrow({ where: { id: ticket.requesterId } });
    expect(requester).toMatchObject({ isGuest: true, name: "Li Lei", email: null });
    expect(ticket.entries[0].body).toContain("My BTC withdrawal is still pending.");
    expect(ticket.entries[0].body).not.toContain("Sent with love");
    expect(ticket.entries[0].body).toContain("invoice.png");
    expect(ticket.entries[0].attachments.map((a) => [a.filename, a.mimeType])).toEqual([
      ["screenshot.png", "image/png"],
    ]);
    const confirmation = await (await prisma()).emailOutbox.findFirstOrThrow({ where: { to: from } });
    expect(confirmation).toMatchObject({ ticketId: ticket.id });
  });

  it("replies thread by In-Reply-To, then by the number in the subject (requester only); quoted history is folded away", async () => {
    const from = uniqueAddress();
    const firstId = `<open-${Date.now()}@customer.example>`;
    await dovecot.deliver(
      await composeMail({ from, subject: "KYC rejected", text: "Why was my KYC rejected?", messageId: firstId }),
    );
    await settled(firstId);
    const [ticket] = await ticketsFrom(from);
    const confirmation = await (await prisma()).emailOutbox.findFirstOrThrow({ where: { ticketId: ticket.id } });
    const ref = formatTicketNumber(ticket.number);

    const byHeader = `<reply1-${Date.now()}@customer.example>`;
    await dovecot.deliver(
      await composeMail({
        from,
        subject: "Re: your request",
        inReplyTo: outboxMessageId(confirmation.id),
        references: [firstId, outboxMessageId(confirmation.id)],
        text: "Here is my passport number.\n\nOn Tue, 1 Dec 2026 at 10:00, Beacon Support <support@beacon.test>\nwrote:\n> We received your request\n> thanks",
        messageId: byHeader,
      }),
    );
    // The customer's replies come one after another, as people send them: each is imported before the next arrives
    // (two mails delivered in the same millisecond are imported side by side, and their order is a tie).
    await settled(byHeader);
    const bySubject = `<reply2-${Date.now()}@customer.example>`;
    await dovecot.deliver(
      await composeMail({
        from: from.toUpperCase(),
        subject: `Re: [${ref}] KYC rejected`,
        text: "Any news?\n\n> old stuff",
        messageId: bySubject,
      }),
    );
    await settled(bySubject);
    const stranger = uniqueAddress("stranger");
    const fromStranger = `<reply3-${Date.now()}@elsewhere.example>`;
    await dovecot.deliver(
      await composeMail({
        from: stranger,
        subject: `Re: ${ref}`,
        text: "I want in on this ticket.",
        messageId: fromStranger,
      }),
    );
    for (const id of [byHeader, bySubject, fromStranger]) await settled(id);

    const [after] = await ticketsFrom(from);
    expect(after.entries.map((e) => e.body)).toEqual([
      "Why was my KYC rejected?",
      "Here is my passport number.",
      "Any news?",
    ]);
    expect((await inbound(byHeader))?.ticketId).toBe(ticket.id);
    const [strangers] = await ticketsFrom(stranger);
    expect(strangers.id).not.toBe(ticket.id);
  });

  it("auto-replies, bounces, Beacon's own mail and a sender over the hourly cap open nothing and are kept with the reason", async () => {
    const from = uniqueAddress("ooo");
    const mails = {
      autoReply: await composeMail({
        from,
        subject: "Out of office",
        text: "I am away",
        headers: { "Auto-Submitted": "auto-replied" },
      }),
      precedence: await composeMail({
        from,
        subject: "Auto: away",
        text: "Away",
        headers: { Precedence: "auto_reply" },
      }),
      bounce: await composeMail({
        from: "MAILER-DAEMON@mx.example",
        subject: "Undelivered Mail Returned to Sender",
        text: "This is the mail system.",
        headers: { "Content-Type": 'multipart/report; report-type=delivery-status; boundary="x"' },
      }),
      ownMail: await composeMail({
        from: "Beacon Support <support@beacon.test>",
        subject: "[BCN-1] Loop",
        text: "loop",
        headers: { "X-Beacon-Outbox-Id": "x" },
      }),
    };
    const before = await (await prisma()).ticket.count();
    const ids = await storeInboundEmails(Object.values(mails).map((raw) => ({ raw, mailboxId })));
    await processInboundEmails({ ids });
    const rows = await (await prisma()).inboundEmail.findMany({ where: { id: { in: ids } } });
    expect(ids.map((id) => rows.find((r) => r.id === id)).map((r) => [r?.status, r?.reason])).toEqual([
      ["IGNORED", "autoReply"],
      ["IGNORED", "autoReply"],
      ["IGNORED", "bounce"],
      ["IGNORED", "ownMail"],
    ]);

    process.env.INBOUND_SENDER_CAP = "2";

    loadConfig(); // parsed once: read the change
    try {
      const flooder = uniqueAddress("flood");
      const flood = await Promise.all(
        [1, 2, 3].map((n) => composeMail({ from: flooder, subject: `Hello ${n}`, text: `Mail number ${n}` })),
      );
      for (const raw of flood) await processInboundEmails({ ids: await storeInboundEmails([{ raw, mailboxId }]) });
      const statuses = await (
        await prisma()
      ).inboundEmail.findMany({ where: { fromAddress: flooder }, select: { status: true, reason: true } });
      expect(statuses.filter((s) => s.status === "PROCESSED")).toHaveLength(2);
      expect(statuses.filter((s) => s.reason === "senderCap")).toHaveLength(1);
      expect(await (await prisma()).ticket.count()).toBe(before + 2);
    } finally {
      delete process.env.INBOUND_SENDER_CAP;
      loadConfig(); // parsed once: read the change
    }
  });

  it("the same mail stored twice and imported by two workers at once becomes one ticket", async () => {
    const from = uniqueAddress("twice");
    const raw = await composeMail({ from, subject: "Deposit missing", text: "My deposit did not arrive." });
    const [a, b] = await Promise.all([
      storeInboundEmails([{ raw, mailboxId }]),
      storeInboundEmails([{ raw, mailboxId }]),
    ]);
    expect(a).toEqual(b);
    const runs = await Promise.all([
      processInboundEmails({ ids: a }),
      processInboundEmails({ ids: a }),
      processInboundEmails({ ids: a }),
    ]);
    expect(runs.reduce((sum, run) => sum + run.created, 0)).toBe(1);
    expect(await ticketsFrom(from)).toHaveLength(1);
  });

  it("a Beacon restart and an IMAP server restart mid-fetch lose nothing and duplicate nothing; one instance reads at a time", async () => {
    await Promise.all(readers.splice(0).map((r) => r.stop()));
    process.env.INBOUND_SENDER_CAP = "1000";
    loadConfig(); // parsed once: read the change
    onTestFinished(() => {
      delete process.env.INBOUND_SENDER_CAP;
      loadConfig(); // parsed once: read the change
    });
    const from = uniqueAddress("bulk");
    const count = 60;
    for (let i = 0; i < count; i++)
      await dovecot.deliver(
        await composeMail({ from, subject: `Question ${i}`, text: `Question number ${i} about my account.` }),
      );
    const imported = async () =>
      (await prisma()).inboundEmail.count({ where: { fromAddress: from, status: "PROCESSED" } });

    const first = await reader();
    const second = await reader(); // another instance: the lease keeps it away while the first reads
    const box = await (await prisma()).mailbox.findUniqueOrThrow({ where: { id: mailboxId } });
    expect(box.leaseOwner).toBe(first.owner);
    await waitUntil(async () => (await imported()) >= 5, 15_000, "first imports");
    await first.stop(); // mid-fetch: the lease is released, the second instance takes over
    await second.supervise();
    await waitUntil(async () => (await imported()) >= 30, 45_000, "more imports");
    await dovecot.restart(); // the IMAP server goes away mid-fetch; the reader reconnects
    await waitUntil(async () => (await imported()) === count, 60_000, "all imports");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await imported()).toBe(count);
    const tickets = await ticketsFrom(from);
    expect(tickets).toHaveLength(count);
    expect(new Set(tickets.map((t) => t.subject)).size).toBe(count);
    expect((await (await prisma()).mailbox.findUniqueOrThrow({ where: { id: mailboxId } })).leaseOwner).toBe(
      second.owner,
    );
  }, 120_000); // 60 mails imported through two readers and a server restart: slow on a loaded machine
});

describe("replies by email", () => {
  it("an agent's public reply goes out in the customer's language, threaded to their mail, and their answer threads back", async () => {
    const from = uniqueAddress("zh");
    const firstId = `<zh-${Date.now()}@customer.example>`;
    await dovecot.deliver(
      await composeMail({ from, subject: "充值未到账", text: "我的 USDT 充值两个小时还没到账。", messageId: firstId }),
    );
    await settled(firstId);
    const [ticket] = await ticketsFrom(from);
    expect(ticket.locale).toBe("zh-CN");
    const agent = await createActor({ role: "AGENT", name: "王芳" });
    await replyToTicket({
      actor: agent,
      number: ticket.number,
      input: { body: "已为您查询，正在处理。", attachmentIds: [], internal: false },
    });

    const smtp = await startSmtp();
    onTestFinished(() => smtp.close());
    const rows = await (
      await prisma()
    ).emailOutbox.findMany({ where: { ticketId: ticket.id }, orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(2); // the confirmation, then the reply
    expect(rows[1]).toMatchObject({ inReplyTo: firstId.toLowerCase(), replyTo: "support@beacon.test" });
    expect(rows[1].references?.split(" ")).toEqual([firstId.toLowerCase(), outboxMessageId(rows[0].id)]);
    await sendOutbox({ transport: nodemailer.createTransport(smtp.url), ids: rows.map((r) => r.id) });
    const sent = (await smtp.waitFor(2)).find((m) => m.messageId === outboxMessageId(rows[1].id))!;
    expect(sent.subject).toContain("新回复");
    expect(sent.inReplyTo).toBe(firstId.toLowerCase());
    expect(sent.replyTo?.value[0].address).toBe("support@beacon.test");

    // The customer answers the reply from their mail program: it threads by In-Reply-To, whatever the subject says.
    const answerId = `<zh-answer-${Date.now()}@customer.example>`;
    await dovecot.deliver(
      await composeMail({
        from,
        subject: "Re: 新回复",
        inReplyTo: sent.messageId,
        references: [firstId, sent.messageId!],
        text: "谢谢！\n\n在 2026年12月1日 王芳 写道：\n> 已为您查询",
        messageId: answerId,
      }),
    );
    expect(await settled(answerId)).toMatchObject({ status: "PROCESSED", ticketId: ticket.id });
    const [after] = await ticketsFrom(from);
    expect(after.entries.at(-1)?.body).toBe("谢谢！");
  });
});

describe("inbound email over IMAP IDLE", () => {
  it("new mail arrives through IDLE at once, long before the next poll", async () => {
    await Promise.all(readers.splice(0).map((r) => r.stop()));
    process.env.INBOUND_POLL_MS = "600000";
    process.env.INBOUND_LEASE_MS = "600000";
    loadConfig(); // parsed once: read the change
    onTestFinished(() => {
      process.env.INBOUND_POLL_MS = "500";
      process.env.INBOUND_LEASE_MS = "3000";
      loadConfig(); // parsed once: read the change
    });
    await reader();
    await new Promise((resolve) => setTimeout(resolve, 500)); // caught up, idling
    for (let i = 0; i < 3; i++) {
      const messageId = `<idle-${i}-${Date.now()}@customer.example>`;
      const sent = Date.now();
      await dovecot.deliver(
        await composeMail({ from: uniqueAddress("idle"), subject: `Idle ${i}`, text: "Is anyone there?", messageId }),
      );
      expect(await settled(messageId)).toMatchObject({ status: "PROCESSED" });
      expect(Date.now() - sent).toBeLessThan(10_000);
    }
  });
});

describe("inbound email over SMTP (the built-in receiver)", () => {
  let receiver: SmtpReceiver;
  beforeAll(async () => {
    receiver = await startSmtpReceiver({ port: 0, host: "127.0.0.1", maxBytes: 1024 * 1024 });
    await (await prisma()).mailbox.create({ data: { name: "Help", address: "help@beacon.test", topicId } });
  });
  afterAll(() => receiver?.close());

  const send = (options: nodemailer.SendMailOptions) =>
    nodemailer
      .createTransport({ host: "127.0.0.1", port: receiver.port, secure: false, ignoreTLS: true })
      .sendMail({ to: "help@beacon.test", ...options });

  it("accepts mail for a mailbox's address into a ticket, refuses other addresses, and ignores bounces", async () => {
    const from = uniqueAddress("smtp");
    const sent = await send({ from, subject: "新用户无法登录", text: "我的账户无法登录，请帮忙。" });
    const row = await settled(sent.messageId);
    expect(row.status).toBe("PROCESSED");
    const [ticket] = await ticketsFrom(from);
    expect(ticket).toMatchObject({ channel: "EMAIL", locale: "zh-CN", subject: "新用户无法登录" });

    await expect(send({ to: "nobody@beacon.test", from, subject: "Hi", text: "Hi there" })).rejects.toThrow(/550/);

    const bounce = await send({
      from: "someone@mx.example",
      envelope: { from: "", to: "help@beacon.test" },
      subject: "Delivery failure",
      text: "Could not deliver",
    });
    expect(await settled(bounce.messageId)).toMatchObject({ status: "IGNORED", reason: "bounce" });
  });

  it("threads a reply sent to a registered customer's ticket by its number", async () => {
    const customer = await createUser();
    const sent = await send({ from: customer.email!, subject: "API key lost", text: "I lost my API key." });
    await settled(sent.messageId);
    const [ticket] = await ticketsFrom(customer.email!);
    expect(ticket.requesterId).toBe(customer.id);
    const reply = await send({
      from: customer.email!,
      subject: `RE: ${formatTicketNumber(ticket.number)} API key lost`,
      text: "Found it, thanks!",
    });
    expect(await settled(reply.messageId)).toMatchObject({ status: "PROCESSED", ticketId: ticket.id });
  });

  it("a reply to a ticket that was merged, by its number or by header, threads into the ticket it was merged into", async () => {
    const customer = await createUser();
    const first = await send({ from: customer.email!, subject: "Card payment failed", text: "My card was charged." });
    await settled(first.messageId);
    const duplicate = await send({ from: customer.email!, subject: "Card payment failed!!", text: "Charged twice?" });
    await settled(duplicate.messageId);
    const [target, source] = (await ticketsFrom(customer.email!)).sort((a, b) => a.number - b.number);
    const agent = await createActor({ role: "AGENT" });
    await mergeTicket({ actor: agent, number: source.number, into: target.number });

    const byNumber = await send({
      from: customer.email!,
      subject: `Re: ${formatTicketNumber(source.number)} Card payment failed!!`,
      text: "Any news on this?",
    });
    expect(await settled(byNumber.messageId)).toMatchObject({ status: "PROCESSED", ticketId: target.id });
    const byHeader = await send({
      from: customer.email!,
      subject: "Re: Card payment failed!!",
      inReplyTo: duplicate.messageId,
      references: [duplicate.messageId],
      text: "Here is the receipt.",
    });
    expect(await settled(byHeader.messageId)).toMatchObject({ status: "PROCESSED", ticketId: target.id });
    const after = (await ticketsFrom(customer.email!)).find((t) => t.id === target.id)!;
    expect(after.entries.map((e) => e.body)).toEqual(
      expect.arrayContaining(["My card was charged.", "Charged twice?", "Any news on this?", "Here is the receipt."]),
    );
    expect((await ticketsFrom(customer.email!)).find((t) => t.id === source.id)?.status).toBe("CLOSED");
  });
});
