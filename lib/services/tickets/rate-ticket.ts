import { isAgent, type Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import {
  formatTicketNumber,
  LOW_TICKET_RATING,
  type RateTicketInput,
  type TicketRatingDto,
} from "@/lib/contracts/ticket";
import { createNotifications, publishNotifications } from "@/lib/services/notifications/notify";
import { reopenTicket } from "./reopen-ticket";
import { ticketAccessWhere } from "@/lib/tickets/access";

/**
 * The requester (signed in, or holding the tracking key of the email's link) rates a solved or closed ticket, 1–5
 * with a reason. The rating belongs to the assignee and team at the time of the first rating; a later change of
 * mind updates the score. A low score tells the team's supervisors, and with `reopen` reopens a solved ticket.
 */
export async function rateTicket({
  actor,
  number,
  key,
  input,
}: {
  actor: Actor | null;
  number: number;
  key?: string | null;
  input: RateTicketInput;
}): Promise<{ rating: TicketRatingDto; reopened: boolean }> {
  if (isAgent(actor)) throw new AppError("FORBIDDEN", "ratingRequesterOnly");
  const prisma = await getPrisma();
  const result = await prisma.$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({
      where: { number, ...ticketAccessWhere(actor, key) },
      select: { id: true, number: true, status: true, assigneeId: true, teamId: true, subject: true },
    });
    if (!ticket) throw new AppError("NOT_FOUND", "ticketNotFound");
    if (ticket.status !== "SOLVED" && ticket.status !== "CLOSED") throw new AppError("CONFLICT", "ratingNotSolved");
    const rating = await tx.ticketRating.upsert({
      where: { ticketId: ticket.id },
      create: {
        ticketId: ticket.id,
        score: input.score,
        reason: input.reason,
        assigneeId: ticket.assigneeId,
        teamId: ticket.teamId,
      },
      update: { score: input.score, reason: input.reason },
    });
    const low = input.score <= LOW_TICKET_RATING;
    const notifications = low ? await noticeLowRating(tx, ticket, rating) : [];
    return { ticket, rating, notifications, low };
  });
  publishNotifications(result.notifications);
  const reopen = input.reopen && result.low && result.ticket.status === "SOLVED";
  if (reopen) await reopenTicket({ actor, number, key });
  const { score, reason, createdAt } = result.rating;
  return { rating: { score, reason, createdAt: createdAt.toISOString() }, reopened: reopen };
}

type Tx = Prisma.TransactionClient;

/** The supervisors of the ticket's team (the rating's team) hear of a low score in the bell. */
async function noticeLowRating(
  tx: Tx,
  ticket: { number: number; teamId: string | null; subject: string },
  rating: { score: number; reason: string; teamId: string | null },
) {
  const teamId = rating.teamId ?? ticket.teamId;
  if (!teamId) return [];
  const supervisors = await tx.teamMember.findMany({
    where: { teamId, user: { role: "SUPERVISOR" } },
    select: { userId: true },
  });
  const ref = formatTicketNumber(ticket.number);
  return createNotifications(
    tx,
    supervisors.map((member) => member.userId),
    {
      kind: "ticket.low_rating",
      link: `/console/tickets/${ref}`,
      render: (t) => ({
        title: t("tickets.notify.lowRating", { ref, score: rating.score }),
        body: rating.reason.slice(0, 200) || ticket.subject,
      }),
    },
  );
}
