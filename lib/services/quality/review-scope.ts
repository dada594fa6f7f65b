import { isAdmin, type SupervisorActor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";
import type { ReviewTarget } from "@/lib/contracts/quality";

/** Whose work a reviewer may review: a supervisor the staff who share one of their teams, an admin anyone; never their own. */
export function reviewableAgents(reviewer: SupervisorActor): Prisma.UserWhereInput {
  const notSelf = { NOT: { id: reviewer.id } };
  if (isAdmin(reviewer)) return notSelf;
  return { ...notSelf, teams: { some: { team: { members: { some: { userId: reviewer.id } } } } } };
}

/** Closed work of a reviewable agent: a closed chat, or a solved (or closed) ticket. */
export function reviewableChat(reviewer: SupervisorActor, conversationId: string): Prisma.ConversationWhereInput {
  return { id: conversationId, status: "CLOSED", assignee: reviewableAgents(reviewer) };
}

export function reviewableTicket(reviewer: SupervisorActor, number: number): Prisma.TicketWhereInput {
  return { number, status: { in: ["SOLVED", "CLOSED"] }, assignee: reviewableAgents(reviewer) };
}

/** The review's row key for a target (one review per chat or ticket). */
export const targetWhere = (target: ReviewTarget): Prisma.QualityReviewWhereInput =>
  target.kind === "chat" ? { conversationId: target.conversationId } : { ticket: { number: target.ticketNumber } };
