import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Channel } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { enqueueEmail } from "@/lib/mail/outbox";
import { ticketCreatedEmail } from "@/lib/mail/ticket-emails";
import { createNotifications, publishNotifications } from "@/lib/services/notifications/notify";
import { runningDeadline, startClock } from "@/lib/sla/sla-clock";
import { loadSlaConfig } from "@/lib/services/sla/sla-config";
import { formatTicketNumber, type createTicketSchema } from "@/lib/contracts/ticket";
import type { z } from "zod";
import { assignAfterCommit } from "./assign-by-load";
import { linkAttachments } from "./link-attachments";
import { publishTicketUpdated } from "./publish-ticket";
import { guestFor, guestSelect } from "@/lib/services/users/guests";
import { initialSearchDocument } from "@/lib/tickets/search-document";
import { toEntryDto, entrySelect } from "@/lib/tickets/dto";
import { appUrl } from "@/lib/config";
import { newTrackingKey, trackingPath } from "@/lib/tickets/tracking-key";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";
import { ticketPayload } from "@/lib/services/webhooks/payloads";

type Tx = Prisma.TransactionClient;

/**
 * Where a ticket came from when not the web form: the channel, the requester already resolved (an email's sender),
 * and work that must commit with the ticket or not at all (the inbound mail marked done, its files attached).
 */
export type TicketOrigin = {
  channel: Channel;
  requesterId: string;
  inTransaction?: (tx: Tx, created: { ticketId: string; entryId: string }) => Promise<void>;
};

/** The requester: the signed-in account, the browser's guest (same email), or a new guest. */
async function resolveRequester(
  tx: Tx,
  actor: Actor | null,
  email: string | undefined,
  name: string | undefined,
  locale: Locale,
) {
  if (!email) {
    if (!actor) throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, { email: "emailRequired" });
    return {
      requester: await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: guestSelect }),
      newGuest: false,
    };
  }
  const { guest, created } = await guestFor(tx, actor, { email, name, locale });
  return { requester: guest, newGuest: created };
}

export type CreatedTicket = {
  id: string;
  number: number;
  ref: string;
  trackingUrl: string;
  trackingPath: string;
  guestId: string | null;
};

/**
 * Files a ticket: a numbered work order (BCN-100001, …) with the description as its first entry, the files linked,
 * SLA due times from the topic's priority, a tracking key (only its hash is stored), the confirmation email queued
 * and the team notified — all in one transaction, published after commit.
 */
export async function createTicket({
  actor,
  input,
  locale,
  origin,
}: {
  actor: Actor | null;
  input: z.output<typeof createTicketSchema>;
  locale: Locale;
  origin?: TicketOrigin;
}): Promise<CreatedTicket> {
  const prisma = await getPrisma();
  const topic = await prisma.topic.findFirst({
    where: { OR: [{ slug: input.topic }, { id: input.topic }] },
    select: { id: true, teamId: true, basePriority: true },
  });
  if (!topic) throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, { topic: "topicUnknown" });
  const sla = await loadSlaConfig(prisma);
  const tracking = newTrackingKey();

  const result = await prisma.$transaction(async (tx) => {
    const { requester, newGuest } = origin
      ? {
          requester: await tx.user.findUniqueOrThrow({ where: { id: origin.requesterId }, select: guestSelect }),
          newGuest: false,
        }
      : await resolveRequester(tx, actor, input.email, input.name, locale);
    const now = new Date();
    const targets = sla.targets[topic.basePriority] ?? null;
    const dues = startClock(now, targets, sla.hours);
    const [{ n: number }] = await tx.$queryRaw<
      { n: number }[]
    >`SELECT nextval(pg_get_serial_sequence('"Ticket"', 'number'))::int AS n`;
    const ticket = await tx.ticket.create({
      data: {
        number,
        subject: input.subject,
        requesterId: requester.id,
        topicId: topic.id,
        teamId: topic.teamId,
        priority: topic.basePriority,
        channel: origin?.channel ?? "WEB",
        verified: Boolean(requester.externalId),
        locale: requester.isGuest ? locale : (requester.locale ?? locale),
        createdAt: now,
        ...dues,
        ...runningDeadline({ ...dues, firstRespondedAt: null, slaPausedAt: null }, "NEW", targets, sla.hours),
        trackingKeyHash: tracking.hash,
        trackingKeyNonce: tracking.nonce,
        searchDocument: initialSearchDocument({
          number,
          subject: input.subject,
          requesterName: requester.name,
          requesterEmail: requester.contactEmail,
          body: input.description,
        }),
      },
      include: { assignee: { select: { id: true, name: true } } },
    });
    const entry = await tx.ticketEntry.create({
      data: { ticketId: ticket.id, kind: "REPLY", authorId: requester.id, body: input.description, createdAt: now },
      select: { id: true },
    });
    await linkAttachments(tx, { ids: input.attachmentIds, uploaderId: actor?.id ?? null, entryId: entry.id });
    await origin?.inTransaction?.(tx, { ticketId: ticket.id, entryId: entry.id });
    const path = trackingPath(number, tracking.key);
    await enqueueEmail(tx, ticketCreatedEmail({ ...ticket, requester }, `${appUrl()}${path}`));
    await enqueueWebhook(tx, "ticket.created", () => ticketPayload(tx, { id: ticket.id }));
    const ref = formatTicketNumber(number);
    const team = await tx.teamMember.findMany({ where: { teamId: topic.teamId }, select: { userId: true } });
    const notifications = await createNotifications(
      tx,
      team.map((m) => m.userId).filter((id) => id !== requester.id),
      {
        kind: "ticket.created",
        link: `/console/tickets/${ref}`,
        render: (t) => ({ title: t("tickets.notify.created", { ref }), body: input.subject }),
      },
    );
    const full = await tx.ticketEntry.findUniqueOrThrow({ where: { id: entry.id }, select: entrySelect });
    return { ticket, requester, newGuest, path, notifications, entry: toEntryDto(full, requester.id) };
  });

  publishTicketUpdated(result.ticket, [result.entry], { id: result.requester.id, name: result.requester.name });
  publishNotifications(result.notifications);
  await assignAfterCommit(result.ticket.id);
  return {
    id: result.ticket.id,
    number: result.ticket.number,
    ref: formatTicketNumber(result.ticket.number),
    trackingPath: result.path,
    trackingUrl: `${appUrl()}${result.path}`,
    guestId: result.newGuest ? result.requester.id : null,
  };
}
