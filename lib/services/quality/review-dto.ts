import { getPrisma } from "@/lib/db/client";
import { asLocalizedText, localizeJson } from "@/lib/db/localized";
import type { Prisma } from "@/lib/db/generated/client";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import type { ReviewDto } from "@/lib/contracts/quality";
import { localize } from "@/lib/i18n/locales";

/** What a review is read with: its card's name and the chat's customer and topic, or the ticket's number and subject. */
export const reviewInclude = {
  scorecard: { select: { name: true } },
  conversation: { select: { id: true, customer: { select: { name: true } }, topic: { select: { name: true } } } },
  ticket: { select: { number: true, subject: true } },
} satisfies Prisma.QualityReviewInclude;

type ReviewRow = Prisma.QualityReviewGetPayload<{ include: typeof reviewInclude }>;

/** A chat as a list names it: the customer, and the topic when there is one. */
export const chatLabel = (customer: string, topic: Prisma.JsonValue | null | undefined, locale: string) =>
  [customer, topic ? localizeJson(topic, locale) : ""].filter(Boolean).join(" · ");

/** The stored scores (`[{ key, label, score, comment }]`) with each label in the reader's language. */
function readScores(value: Prisma.JsonValue, locale: string): ReviewDto["scores"] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    item && typeof item === "object" && !Array.isArray(item) && typeof item.score === "number"
      ? [
          {
            key: String(item.key ?? ""),
            label: localize(asLocalizedText(item.label), locale),
            score: item.score,
            comment: String(item.comment ?? ""),
          },
        ]
      : [],
  );
}

/** Reviews as their reader sees them, with the reviewer's and the agent's names. */
export async function toReviewDtos(rows: ReviewRow[], locale: string): Promise<ReviewDto[]> {
  const prisma = await getPrisma();
  const ids = [...new Set(rows.flatMap((row) => [row.reviewerId, row.agentId]))];
  const users = await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const name = (id: string) => users.find((user) => user.id === id)?.name ?? "—";
  return rows.map((row) => ({
    id: row.id,
    percent: row.percent,
    comment: row.comment,
    createdAt: row.createdAt.toISOString(),
    scorecard: localizeJson(row.scorecard.name, locale),
    reviewer: name(row.reviewerId),
    agent: name(row.agentId),
    target: row.ticket
      ? {
          kind: "ticket",
          number: row.ticket.number,
          label: `${formatTicketNumber(row.ticket.number)} ${row.ticket.subject}`,
        }
      : {
          kind: "chat",
          id: row.conversation?.id ?? "",
          label: chatLabel(row.conversation?.customer.name ?? "", row.conversation?.topic?.name, locale),
        },
    scores: readScores(row.scores, locale),
  }));
}
