// Who hears about a ticket change, written in the same transaction as the change: the requester by email (created,
// public reply, solved) and in the bell when they have an account; agents in the bell.
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueEmail } from "@/lib/mail/outbox";
import { ticketRepliedEmail, ticketSolvedEmail } from "@/lib/mail/ticket-emails";
import { createNotifications, type NotificationRow } from "@/lib/services/notifications/notify";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import type { TicketState } from "./ticket-state";
import { appUrl } from "@/lib/config";
import { trackingUrl } from "@/lib/tickets/tracking-key";

type Tx = Prisma.TransactionClient;

const customerLink = (ticket: TicketState) =>
  trackingUrl(ticket) ?? `${appUrl()}/tickets/${formatTicketNumber(ticket.number)}`;
const consoleLink = (ticket: Pick<TicketState, "number">) => `/console/tickets/${formatTicketNumber(ticket.number)}`;
const portalLink = (ticket: Pick<TicketState, "number">) => `/tickets/${formatTicketNumber(ticket.number)}`;

/** An agent's public reply: email (saying it is solved too, when it is) and the requester's bell. */
export async function noticeAgentReply(
  tx: Tx,
  ticket: TicketState,
  reply: { author: string; body: string },
  solvedWithinDays: number | null,
): Promise<NotificationRow[]> {
  const email = ticketRepliedEmail(ticket, reply, customerLink(ticket), solvedWithinDays);
  await enqueueEmail(tx, email);
  const ref = formatTicketNumber(ticket.number);
  return createNotifications(tx, [ticket.requesterId], {
    kind: "ticket.replied",
    link: portalLink(ticket),
    render: (t) => ({
      title: t("tickets.notify.replied", { ref, name: reply.author }),
      body: reply.body.slice(0, 200),
    }),
  });
}

/** Solved without a reply: the solved email and the requester's bell. */
export async function noticeSolved(tx: Tx, ticket: TicketState, reopenDays: number): Promise<NotificationRow[]> {
  await enqueueEmail(tx, ticketSolvedEmail(ticket, customerLink(ticket), reopenDays));
  const ref = formatTicketNumber(ticket.number);
  return createNotifications(tx, [ticket.requesterId], {
    kind: "ticket.solved",
    link: portalLink(ticket),
    render: (t) => ({ title: t("tickets.notify.solved", { ref }), body: ticket.subject }),
  });
}

/** The customer wrote (or reopened): the assignee, else the team. */
export async function noticeCustomerActivity(tx: Tx, ticket: TicketState, kind: "replied" | "reopened", body: string) {
  const recipients = ticket.assigneeId
    ? [ticket.assigneeId]
    : ticket.teamId
      ? (await tx.teamMember.findMany({ where: { teamId: ticket.teamId }, select: { userId: true } })).map(
          (m) => m.userId,
        )
      : [];
  const ref = formatTicketNumber(ticket.number);
  return createNotifications(
    tx,
    recipients.filter((id) => id !== ticket.requesterId),
    {
      kind: `ticket.customer_${kind}`,
      link: consoleLink(ticket),
      render: (t) => ({
        title: t(`tickets.notify.customer_${kind}`, { ref }),
        body: body.slice(0, 200) || ticket.subject,
      }),
    },
  );
}

/** A ticket handed to an agent (not by themselves). */
export async function noticeAssigned(tx: Tx, ticket: TicketState, assigneeId: string, byName: string | null) {
  const ref = formatTicketNumber(ticket.number);
  return createNotifications(tx, [assigneeId], {
    kind: "ticket.assigned",
    link: consoleLink(ticket),
    render: (t) => ({
      // null: assignment by load picked them.
      title: byName ? t("tickets.notify.assigned", { ref, name: byName }) : t("tickets.notify.assignedByLoad", { ref }),
      body: ticket.subject,
    }),
  });
}

/** An internal note: the assignee hears of it when someone else wrote it. */
export async function noticeNote(tx: Tx, ticket: TicketState, authorId: string, authorName: string, body: string) {
  if (!ticket.assigneeId || ticket.assigneeId === authorId) return [];
  const ref = formatTicketNumber(ticket.number);
  return createNotifications(tx, [ticket.assigneeId], {
    kind: "ticket.note",
    link: consoleLink(ticket),
    render: (t) => ({ title: t("tickets.notify.note", { ref, name: authorName }), body: body.slice(0, 200) }),
  });
}
