import type { Actor } from "@/lib/auth/actor";
import { isAgent } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { DESK_HOME_TIME_ZONE } from "@/lib/i18n/time-zones";
import { translator } from "@/lib/i18n/messages";
import { enqueueEmail } from "@/lib/mail/outbox";
import { ticketCreatedEmail } from "@/lib/mail/ticket-emails";
import { runningDeadline, startClock } from "@/lib/sla/sla-clock";
import { loadSlaConfig } from "@/lib/services/sla/sla-config";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import { assignAfterCommit } from "./assign-by-load";
import { publishTicketUpdated } from "./publish-ticket";
import { initialSearchDocument } from "@/lib/tickets/search-document";
import { entrySelect, toEntryDto } from "@/lib/tickets/dto";
import { appUrl } from "@/lib/config";
import { newTrackingKey, trackingPath } from "@/lib/tickets/tracking-key";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";
import { ticketPayload } from "@/lib/services/webhooks/payloads";

type TranscriptMessage = {
  authorKind: string;
  body: string;
  internal: boolean;
  createdAt: Date;
  author: { name: string } | null;
};

/**
 * The chat as plain text, one line per message: "[2026-11-22 14:05 GMT+8] Alice: …". Stored once and read by people in
 * many zones, so the times are the desk's and say so.
 */
export function formatTranscript(messages: TranscriptMessage[], locale: Locale, customerName: string): string {
  const t = translator(locale);
  const time = new Intl.DateTimeFormat("sv-SE", {
    timeZone: DESK_HOME_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  });
  return messages
    .map((m) => {
      const who =
        m.authorKind === "CUSTOMER"
          ? customerName
          : m.authorKind === "BOT"
            ? t("tickets.transcript.bot")
            : m.authorKind === "SYSTEM"
              ? t("tickets.transcript.system")
              : (m.author?.name ?? t("tickets.transcript.agent"));
      return `[${time.format(m.createdAt)}] ${who}: ${m.body}`;
    })
    .join("\n");
}

/**
 * Turns a chat into a CHAT-channel ticket: its first entry carries the public transcript, the chat's internal notes
 * become a note, files sent in the chat stay reachable from the ticket. Converting twice returns the ticket made the
 * first time. Agents convert any chat (and own the ticket); a customer only their own chat still waiting in the queue
 * ("leave a message" when the wait is long), which becomes a NEW ticket for the team.
 */
export async function convertConversationToTicket({
  actor,
  conversationId,
  subject,
}: {
  actor: Actor;
  conversationId: string;
  subject?: string;
}) {
  const user = requireUser(actor);
  const agent = isAgent(user) ? user : null;
  const prisma = await getPrisma();
  const sla = await loadSlaConfig(prisma);
  const tracking = newTrackingKey();
  const result = await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Conversation" WHERE "id" = ${conversationId} FOR UPDATE`;
    const conversation = await tx.conversation.findUnique({
      where: { id: conversationId },
      include: {
        customer: { select: { id: true, name: true, contactEmail: true, locale: true } },
        messages: {
          orderBy: { seq: "asc" },
          include: { author: { select: { name: true } }, attachments: { select: { id: true } } },
        },
      },
    });
    if (!conversation || (!agent && conversation.customerId !== user.id))
      throw new AppError("NOT_FOUND", "conversationNotFound");
    if (!agent && conversation.status !== "QUEUED") throw new AppError("CONFLICT", "conversationChanged");
    const existing = await tx.ticket.findFirst({ where: { conversationId }, select: { number: true } });
    if (existing) return { existing: existing.number };

    const locale = toLocale(conversation.locale);
    const publicMessages = conversation.messages.filter((m) => !m.internal);
    const notes = conversation.messages.filter((m) => m.internal);
    const firstCustomer = publicMessages.find((m) => m.authorKind === "CUSTOMER")?.body ?? "";
    const title = (
      subject?.trim() ||
      firstCustomer.split("\n")[0].slice(0, 120) ||
      translator(locale)("tickets.transcript.subject", { name: conversation.customer.name })
    ).slice(0, 200);
    const transcript = formatTranscript(publicMessages, locale, conversation.customer.name) || "—";
    const now = new Date();
    const targets = sla.targets[conversation.priority] ?? null;
    const dues = startClock(now, targets, sla.hours);
    const [{ n: number }] = await tx.$queryRaw<
      { n: number }[]
    >`SELECT nextval(pg_get_serial_sequence('"Ticket"', 'number'))::int AS n`;
    const ticket = await tx.ticket.create({
      data: {
        number,
        subject: title,
        requesterId: conversation.customerId,
        topicId: conversation.topicId,
        teamId: conversation.teamId,
        assigneeId: agent?.id ?? null,
        conversationId,
        status: agent ? "OPEN" : "NEW",
        priority: conversation.priority,
        channel: "CHAT",
        verified: conversation.verified,
        locale,
        createdAt: now,
        ...dues,
        ...runningDeadline(
          { ...dues, firstRespondedAt: null, slaPausedAt: null },
          agent ? "OPEN" : "NEW",
          targets,
          sla.hours,
        ),
        trackingKeyHash: tracking.hash,
        trackingKeyNonce: tracking.nonce,
        searchDocument: initialSearchDocument({
          number,
          subject: title,
          requesterName: conversation.customer.name,
          requesterEmail: conversation.customer.contactEmail,
          body: transcript,
        }),
      },
      include: { assignee: { select: { id: true, name: true } } },
    });
    const first = await tx.ticketEntry.create({
      data: {
        ticketId: ticket.id,
        kind: "REPLY",
        authorId: null,
        body: transcript,
        event: { type: "converted" },
        createdAt: now,
      },
      select: { id: true },
    });
    const files = publicMessages.flatMap((m) => m.attachments.map((a) => a.id));
    if (files.length)
      await tx.attachment.updateMany({
        where: { id: { in: files }, ticketEntryId: null },
        data: { ticketEntryId: first.id },
      });
    if (notes.length) {
      await tx.ticketEntry.create({
        data: {
          ticketId: ticket.id,
          kind: "NOTE",
          authorId: agent?.id ?? null,
          body: formatTranscript(notes, locale, conversation.customer.name),
          createdAt: now,
        },
      });
    }
    const path = trackingPath(number, tracking.key);
    await enqueueEmail(tx, ticketCreatedEmail({ ...ticket, requester: conversation.customer }, `${appUrl()}${path}`));
    const entries = await tx.ticketEntry.findMany({
      where: { ticketId: ticket.id },
      select: entrySelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    await enqueueWebhook(tx, "ticket.created", () => ticketPayload(tx, { id: ticket.id }));
    return { ticket, entries: entries.map((e) => toEntryDto(e, ticket.requesterId)) };
  });
  if ("existing" in result) return { ref: formatTicketNumber(result.existing!), created: false };
  publishTicketUpdated(result.ticket, result.entries, agent ? { id: agent.id, name: agent.name } : null);
  // An agent who converts keeps the ticket; a customer's "leave a message" goes to the team by load.
  if (!agent) await assignAfterCommit(result.ticket.id);
  return { ref: formatTicketNumber(result.ticket.number), created: true };
}
