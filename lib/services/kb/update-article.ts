import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import type { UpdateArticleInput } from "@/lib/contracts/kb";
import { searchDocumentFor } from "@/lib/search/document";
import { translationRows } from "./create-article";
import { isForeignKeyViolation, isUniqueViolation } from "@/lib/db/prisma-errors";

/**
 * Admins only. Saves slug, category and translations; every translation whose title or body changed gets a
 * revision. With `baseUpdatedAt`, a save over a newer save by someone else is refused (409) instead of lost.
 */
export async function updateArticle({
  actor,
  articleId,
  slug,
  categoryId,
  translations,
  baseUpdatedAt,
}: { actor: Actor | null; articleId: string } & UpdateArticleInput) {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  const current = await prisma.article.findUnique({ where: { id: articleId }, include: { translations: true } });
  if (!current) throw notFound("kbArticleNotFound");
  // A save without questions (an older client, the API) keeps the stored ones.
  const rows = translationRows(translations ?? {}).map((row) => {
    const existing = current.translations.find((t) => t.locale === row.locale);
    if (!row.keepQuestions || !existing) return row;
    return {
      ...row,
      questions: existing.questions,
      searchDocument: searchDocumentFor(row.locale, row.title, row.body, existing.questions),
    };
  });
  const changed = rows.filter((row) => {
    const existing = current.translations.find((t) => t.locale === row.locale);
    return (
      !existing ||
      existing.title !== row.title ||
      existing.body !== row.body ||
      existing.questions.join("\n") !== row.questions.join("\n")
    );
  });
  const revised = changed.filter((row) => {
    const existing = current.translations.find((t) => t.locale === row.locale);
    return !existing || existing.title !== row.title || existing.body !== row.body;
  });
  const moved =
    (slug !== undefined && slug !== current.slug) || (categoryId !== undefined && categoryId !== current.categoryId);
  if (baseUpdatedAt && new Date(baseUpdatedAt).getTime() !== current.updatedAt.getTime()) {
    throw new AppError("CONFLICT", "kbArticleChanged");
  }
  if (changed.length === 0 && !moved)
    return { id: current.id, slug: current.slug, status: current.status, updatedAt: current.updatedAt, revisions: 0 };

  try {
    return await prisma.$transaction(async (tx) => {
      // Conditional on the version read above: a concurrent save makes this one a conflict, not a silent overwrite.
      const touched = await tx.article.updateMany({
        where: { id: articleId, updatedAt: current.updatedAt },
        data: { slug, categoryId, updatedAt: new Date() },
      });
      if (touched.count === 0) throw new AppError("CONFLICT", "kbArticleChanged");
      for (const row of changed) {
        await tx.articleTranslation.upsert({
          where: { articleId_locale: { articleId, locale: row.locale } },
          create: {
            articleId,
            locale: row.locale,
            title: row.title,
            body: row.body,
            questions: row.questions,
            searchDocument: row.searchDocument,
          },
          update: { title: row.title, body: row.body, questions: row.questions, searchDocument: row.searchDocument },
        });
      }
      // Revisions keep title and body (the diffable text); a change of customer questions alone is no new revision.
      for (const row of revised) {
        await tx.articleRevision.create({
          data: { articleId, locale: row.locale, title: row.title, body: row.body, authorId: admin.id },
        });
      }
      const saved = await tx.article.findUniqueOrThrow({
        where: { id: articleId },
        select: { id: true, slug: true, status: true, updatedAt: true },
      });
      return { ...saved, revisions: revised.length };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "kbArticleSlugTaken", { slug: slug ?? "" }, { slug: "kbArticleSlugTaken" });
    if (isForeignKeyViolation(error))
      throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, { categoryId: "kbCategoryMissing" });
    throw error;
  }
}
