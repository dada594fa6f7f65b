import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { searchDocumentFor } from "@/lib/search/document";
import type { CreateArticleInput } from "@/lib/contracts/kb";
import { isForeignKeyViolation, isUniqueViolation } from "@/lib/db/prisma-errors";

/** Entries of a translations input, in a stable order, with their search documents. */
export function translationRows(translations: CreateArticleInput["translations"]) {
  return LOCALES.flatMap((locale) => {
    const t = translations[locale];
    if (!t) return [];
    const questions = t.questions ?? [];
    return [
      {
        locale,
        title: t.title,
        body: t.body,
        questions,
        keepQuestions: t.questions === undefined,
        searchDocument: searchDocumentFor(locale, t.title, t.body, questions),
      },
    ];
  });
}

/** Admins only. Creates an article (draft unless `publish`) with its translations and their first revisions. */
export async function createArticle({
  actor,
  slug,
  categoryId,
  translations,
  publish,
}: { actor: Actor | null } & CreateArticleInput) {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  const rows = translationRows(translations);
  try {
    return await prisma.article.create({
      data: {
        slug,
        categoryId,
        authorId: admin.id,
        status: publish ? "PUBLISHED" : "DRAFT",
        publishedAt: publish ? new Date() : null,
        translations: {
          create: rows.map((row) => ({
            locale: row.locale,
            title: row.title,
            body: row.body,
            questions: row.questions,
            searchDocument: row.searchDocument,
          })),
        },
        revisions: { create: rows.map(({ locale, title, body }) => ({ locale, title, body, authorId: admin.id })) },
      },
      select: { id: true, slug: true, status: true, updatedAt: true },
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "kbArticleSlugTaken", { slug }, { slug: "kbArticleSlugTaken" });
    if (isForeignKeyViolation(error)) {
      throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, { categoryId: "kbCategoryMissing" });
    }
    throw error;
  }
}
