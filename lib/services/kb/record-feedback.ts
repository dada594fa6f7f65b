import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import type { FeedbackInput } from "@/lib/contracts/kb";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { visibleArticles } from "./visibility";

/** How long after voting a browser may still add a comment to its anonymous vote. */
const COMMENT_WINDOW_MS = 30 * 60 * 1000;

type Vote = { id: string; helpful: boolean };

/**
 * "Was this helpful?" from anyone who can read the article. A signed-in person has one vote per article (voting again
 * changes it); a visitor's vote may get its comment (or a change of mind) through `feedbackId` for a while after.
 * The article's yes/no counters move in the same transaction as the vote.
 */
export async function recordFeedback({
  actor,
  articleId,
  helpful,
  comment,
  locale,
  feedbackId,
}: { actor: Actor | null; articleId: string; locale: Locale; comment?: string } & Omit<
  FeedbackInput,
  "locale" | "comment"
>) {
  const prisma = await getPrisma();
  const article = await prisma.article.findFirst({
    where: { id: articleId, ...visibleArticles(actor, false) },
    select: { id: true },
  });
  if (!article) throw notFound("kbArticleNotFound");
  const userId = actor?.id ?? null;

  const vote = async () =>
    prisma.$transaction(async (tx) => {
      let previous: (Vote & { comment: string | null }) | null = null;
      if (userId) {
        previous = await tx.articleFeedback.findUnique({ where: { articleId_userId: { articleId, userId } } });
      } else if (feedbackId) {
        previous = await tx.articleFeedback.findFirst({
          where: {
            id: feedbackId,
            articleId,
            userId: null,
            createdAt: { gte: new Date(Date.now() - COMMENT_WINDOW_MS) },
          },
        });
      }
      const data = { helpful, locale, comment: comment ?? previous?.comment ?? null };
      const saved: Vote = previous
        ? await tx.articleFeedback.update({ where: { id: previous.id }, data, select: { id: true, helpful: true } })
        : await tx.articleFeedback.create({
            data: { ...data, articleId, userId },
            select: { id: true, helpful: true },
          });
      if (!previous || previous.helpful !== helpful) {
        // Plain SQL: counters are not edits, so the article's updatedAt (the editor's version) must not move.
        const yes = (helpful ? 1 : 0) - (previous?.helpful === true ? 1 : 0);
        const no = (helpful ? 0 : 1) - (previous?.helpful === false ? 1 : 0);
        await tx.$executeRaw`UPDATE "Article" SET "helpfulYes" = "helpfulYes" + ${yes}, "helpfulNo" = "helpfulNo" + ${no} WHERE "id" = ${articleId}`;
      }
      return { feedbackId: saved.id, helpful: saved.helpful };
    });
  try {
    return await vote();
  } catch (error) {
    // Two first votes of one person at once: the unique (article, user) refused one; now it finds the other.
    if (userId && isUniqueViolation(error)) return vote();
    throw error;
  }
}
