import type { Actor } from "@/lib/auth/actor";
import { requireAgent, requireSupervisor } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import { reviewPercent, type CreateReviewInput, type ReviewDto, type ReviewTarget } from "@/lib/contracts/quality";
import { AppError } from "@/lib/errors";
import { localize, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { chatLabel, reviewInclude, toReviewDtos } from "./review-dto";
import { reviewableChat, reviewableTicket, targetWhere } from "./review-scope";
import { findActiveScorecard } from "./scorecards";

/** A closed chat or solved ticket the reviewer may review, with whose work it was; not found otherwise. */
async function findReviewable(actor: Actor, target: ReviewTarget, locale: string) {
  const reviewer = requireSupervisor(actor);
  const prisma = await getPrisma();
  if (target.kind === "chat") {
    const chat = await prisma.conversation.findFirst({
      where: reviewableChat(reviewer, target.conversationId),
      select: {
        id: true,
        closedAt: true,
        assignee: { select: { id: true, name: true } },
        customer: { select: { name: true } },
        topic: { select: { name: true } },
      },
    });
    if (!chat?.assignee) throw new AppError("NOT_FOUND", "reviewTargetNotFound");
    const label = chatLabel(chat.customer.name, chat.topic?.name, locale);
    return { conversationId: chat.id, ticketId: null, agent: chat.assignee, closedAt: chat.closedAt, label };
  }
  const ticket = await prisma.ticket.findFirst({
    where: reviewableTicket(reviewer, target.ticketNumber),
    select: { id: true, number: true, subject: true, solvedAt: true, assignee: { select: { id: true, name: true } } },
  });
  if (!ticket?.assignee) throw new AppError("NOT_FOUND", "reviewTargetNotFound");
  const label = `${formatTicketNumber(ticket.number)} ${ticket.subject}`;
  return { conversationId: null, ticketId: ticket.id, agent: ticket.assignee, closedAt: ticket.solvedAt, label };
}

/** What the review page shows: the item, its review if there is one, else the active card to fill in. */
export async function getReviewTarget({
  actor,
  target,
  locale,
}: {
  actor: Actor;
  target: ReviewTarget;
  locale: string;
}) {
  const item = await findReviewable(actor, target, locale);
  const prisma = await getPrisma();
  const [row, card] = await Promise.all([
    prisma.qualityReview.findFirst({ where: targetWhere(target), include: reviewInclude }),
    findActiveScorecard(),
  ]);
  return {
    label: item.label,
    agent: item.agent.name,
    closedAt: item.closedAt?.toISOString() ?? null,
    review: row ? (await toReviewDtos([row], locale))[0] : null,
    scorecard: card && {
      name: localize(card.name, locale),
      criteria: card.criteria.map((criterion) => ({ key: criterion.key, label: localize(criterion.label, locale) })),
    },
  };
}

/**
 * A supervisor (for their teams' agents) or an admin reviews a closed chat or solved ticket against the active card:
 * every criterion scored once. The review keeps the criteria's labels; one review per chat or ticket.
 */
export async function createReview({
  actor,
  locale,
  input,
}: {
  actor: Actor;
  locale: Locale;
  input: CreateReviewInput;
}): Promise<ReviewDto> {
  const item = await findReviewable(actor, input.target, locale);
  const card = await findActiveScorecard();
  if (!card) throw new AppError("CONFLICT", "noActiveScorecard");
  const t = translator(locale);
  const fields: Record<string, string> = {};
  const scores = card.criteria.map((criterion) => {
    const given = input.scores.find((score) => score.key === criterion.key);
    if (!given) fields[`scores.${criterion.key}`] = t("validation.required");
    return { key: criterion.key, label: criterion.label, score: given?.score ?? 0, comment: given?.comment ?? "" };
  });
  if (Object.keys(fields).length) throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, fields);
  const prisma = await getPrisma();
  try {
    const row = await prisma.qualityReview.create({
      data: {
        scorecardId: card.id,
        reviewerId: actor.id,
        agentId: item.agent.id,
        conversationId: item.conversationId,
        ticketId: item.ticketId,
        scores,
        comment: input.comment,
        percent: reviewPercent(scores),
      },
      include: reviewInclude,
    });
    return (await toReviewDtos([row], locale))[0];
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "alreadyReviewed");
    throw error;
  }
}

/** The reviews of the signed-in member's own work, newest first: nobody else's. */
export async function findMyReviews({ actor, locale }: { actor: Actor; locale: string }): Promise<ReviewDto[]> {
  const agent = requireAgent(actor);
  const prisma = await getPrisma();
  const rows = await prisma.qualityReview.findMany({
    where: { agentId: agent.id },
    orderBy: { createdAt: "desc" },
    take: 100,
    include: reviewInclude,
  });
  return toReviewDtos(rows, locale);
}
