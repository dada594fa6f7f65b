import { simpleParser, type ParsedMail } from "mailparser";
import { toActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { mailFrom } from "@/lib/mail/transport";
import { markAddressProven } from "@/lib/mail/recipients";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import { inferTopic } from "@/lib/bot/decide-bot-reply";
import { createTicket } from "@/lib/services/tickets/create-ticket";
import { replyToTicket } from "@/lib/services/tickets/reply-to-ticket";
import { classifyEmail } from "@/lib/mail/inbound/classify-email";
import { findThread } from "./find-thread";
import { inboundConfig } from "./inbound-config";
import { mailContent, type MailContent } from "@/lib/mail/inbound/mail-content";
import { rawHeaders } from "@/lib/mail/inbound/raw-headers";

type Tx = Prisma.TransactionClient;
export type ImportOutcome = "created" | "replied" | "ignored" | "failed" | "duplicate";
export type InboundRow = { id: string; raw: Buffer; mailboxId: string | null };

/** Another worker finished this mail first: this transaction rolls back and nothing is written twice. */
class AlreadyImported extends Error {}

/** Marks the mail done inside the transaction that wrote its ticket entry, so the two commit together or not at all. */
async function markDone(tx: Tx, id: string, data: Prisma.InboundEmailUncheckedUpdateManyInput): Promise<void> {
  const { count } = await tx.inboundEmail.updateMany({
    where: { id, status: "RECEIVED" },
    data: { ...data, processedAt: new Date(), claimedUntil: null },
  });
  if (count !== 1) throw new AlreadyImported();
}

const ownAddresses = async (prisma: PrismaClient) => {
  const own = /<([^>]+)>/.exec(mailFrom())?.[1] ?? mailFrom();
  const boxes = await prisma.mailbox.findMany({ select: { address: true } });
  return [own, ...boxes.map((box) => box.address)].map((address) => address.toLowerCase());
};

async function overSenderCap(prisma: PrismaClient, from: string): Promise<boolean> {
  const since = new Date(Date.now() - 3600_000);
  const count = await prisma.inboundEmail.count({
    where: { fromAddress: from, status: "PROCESSED", receivedAt: { gte: since } },
  });
  return count >= inboundConfig().senderCapPerHour;
}

/** The sender's account when they have one, else a new guest (an address alone never opens an account's other tickets). */
async function requesterFor(prisma: PrismaClient, parsed: ParsedMail, from: string, locale: string): Promise<string> {
  const account = await prisma.user.findFirst({
    where: { email: { equals: from, mode: "insensitive" }, isGuest: false },
    select: { id: true },
  });
  if (account) return account.id;
  const name = parsed.from?.value[0]?.name?.trim().slice(0, 80) || from.split("@")[0];
  return (await prisma.user.create({ data: { contactEmail: from, name, isGuest: true, locale }, select: { id: true } }))
    .id;
}

async function topicFor(prisma: PrismaClient, mailboxId: string | null, text: string): Promise<string> {
  const box = mailboxId
    ? await prisma.mailbox.findUnique({ where: { id: mailboxId }, select: { topicId: true } })
    : null;
  if (box?.topicId) return box.topicId;
  const topics = await prisma.topic.findMany({
    orderBy: { sortOrder: "asc" },
    select: { id: true, slug: true, keywords: true, basePriority: true },
  });
  const topic = inferTopic(text, topics) ?? topics.find((t) => t.slug === "general") ?? topics[0];
  if (!topic) throw new Error("no topic configured for new tickets");
  return topic.id;
}

function withNotes(content: MailContent, locale: Locale, followUpOf?: number): string {
  const t = translator(locale);
  const lines = [content.body || t("inboundMail.noText")];
  if (content.refused.length) lines.push(t("inboundMail.attachmentsRefused", { names: content.refused.join(", ") }));
  if (followUpOf) lines.unshift(t("inboundMail.followUp", { ref: formatTicketNumber(followUpOf) }));
  return lines.join("\n\n");
}

/** Files and the done mark, written with the ticket entry. */
const attachAndMark =
  (row: InboundRow, content: MailContent, from: string, uploaderId: string) =>
  async (tx: Tx, created: { ticketId: string; entryId: string }) => {
    for (const file of content.files)
      await tx.attachment.create({ data: { ...file, uploaderId, ticketEntryId: created.entryId } });
    await markDone(tx, row.id, {
      status: "PROCESSED",
      ticketId: created.ticketId,
      fromAddress: from,
      subject: content.subject.slice(0, 500),
    });
  };

async function openTicket(
  prisma: PrismaClient,
  row: InboundRow,
  parsed: ParsedMail,
  content: MailContent,
  from: string,
  followUpOf?: number,
) {
  const requesterId = await requesterFor(prisma, parsed, from, content.locale);
  const t = translator(content.locale);
  const subject = (content.subject.length >= 3 ? content.subject : t("inboundMail.noSubject", { from })).slice(0, 200);
  await createTicket({
    actor: null,
    locale: content.locale,
    input: {
      topic: await topicFor(prisma, row.mailboxId, `${subject}\n${content.body}`),
      subject,
      description: withNotes(content, content.locale, followUpOf),
      attachmentIds: [],
    },
    origin: { channel: "EMAIL", requesterId, inTransaction: attachAndMark(row, content, from, requesterId) },
  });
}

async function replyInto(
  prisma: PrismaClient,
  row: InboundRow,
  parsed: ParsedMail,
  content: MailContent,
  from: string,
  ticketId: string,
): Promise<ImportOutcome> {
  const ticket = await prisma.ticket.findUniqueOrThrow({
    where: { id: ticketId },
    select: { number: true, locale: true, requester: true },
  });
  const locale = toLocale(ticket.locale);
  try {
    await replyToTicket({
      actor: toActor(ticket.requester),
      number: ticket.number,
      input: { body: withNotes(content, locale), attachmentIds: [], internal: false },
      inTransaction: attachAndMark(row, content, from, ticket.requester.id),
    });
    return "replied";
  } catch (error) {
    // Closed, or solved too long ago to reopen: the customer's mail starts a new ticket that names the old one.
    if (!(error instanceof AppError) || !["ticketClosed", "reopenWindowPassed"].includes(error.messageKey)) throw error;
    await openTicket(prisma, row, parsed, content, from, ticket.number);
    return "created";
  }
}

const ignore = async (
  prisma: PrismaClient,
  row: InboundRow,
  status: "IGNORED" | "FAILED",
  reason: string,
  extra: { fromAddress?: string; subject?: string } = {},
) => {
  await prisma.inboundEmail.updateMany({
    where: { id: row.id, status: "RECEIVED" },
    data: { status, reason: reason.slice(0, 1000), ...extra, processedAt: new Date(), claimedUntil: null },
  });
  return status === "IGNORED" ? "ignored" : "failed";
};

/**
 * Turns one stored mail into a ticket or a reply, or sets it aside with the reason (own mail, auto-reply, bounce,
 * a sender over the hourly cap, unreadable). Exactly once: the entry and the done mark commit together.
 */
export async function importInboundEmail(row: InboundRow): Promise<ImportOutcome> {
  const prisma = await getPrisma();
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(row.raw);
  } catch (error) {
    return ignore(prisma, row, "FAILED", `unreadable: ${(error as Error).message}`);
  }
  const from = parsed.from?.value[0]?.address?.trim().toLowerCase() || null;
  const subject = (parsed.subject ?? "").slice(0, 500);
  const verdict = classifyEmail(rawHeaders(row.raw), from, await ownAddresses(prisma));
  if (verdict || !from)
    return ignore(prisma, row, "IGNORED", verdict ?? "noSender", { fromAddress: from ?? undefined, subject });
  if (await overSenderCap(prisma, from))
    return ignore(prisma, row, "IGNORED", "senderCap", { fromAddress: from, subject });
  const content = await mailContent(parsed);
  // A mail from the address proves it (as far as the receiving server's checks go): replies may go there. Outside
  // the import's transaction, which stays short: senders' mails then thread in the order they arrived.
  await markAddressProven(prisma, from, "inbound");
  try {
    const thread = await findThread(prisma, {
      inReplyTo: parsed.inReplyTo,
      references: parsed.references,
      subject,
      from,
    });
    if (thread) return await replyInto(prisma, row, parsed, content, from, thread.ticketId);
    await openTicket(prisma, row, parsed, content, from);
    return "created";
  } catch (error) {
    if (error instanceof AlreadyImported) return "duplicate";
    throw error;
  }
}
