import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { localizeJson } from "@/lib/db/localized";
import { pickTranslation } from "@/lib/i18n/locales";
import { visibleArticles } from "./visibility";

/**
 * An article as a reader sees it: in their language, or the other one (`fallback` true) when that translation is
 * missing. Drafts only for agents and admins. Related articles: the most read others of its category.
 */
export async function getArticlePage({ actor, slug, locale }: { actor: Actor | null; slug: string; locale: Locale }) {
  const prisma = await getPrisma();
  const article = await prisma.article.findFirst({
    where: { slug, ...visibleArticles(actor) },
    include: { category: true, translations: { select: { locale: true, title: true, body: true, updatedAt: true } } },
  });
  const shown = article && pickTranslation(article.translations, locale);
  if (!article || !shown) return null;
  const related = await prisma.article.findMany({
    where: { categoryId: article.categoryId, id: { not: article.id }, ...visibleArticles(actor, false) },
    orderBy: [{ viewCount: "desc" }, { createdAt: "asc" }],
    take: 5,
    select: { slug: true, translations: { select: { locale: true, title: true } } },
  });
  return {
    id: article.id,
    slug: article.slug,
    status: article.status,
    locale: shown.locale as Locale,
    fallback: shown.locale !== locale,
    title: shown.title,
    body: shown.body,
    updatedAt: shown.updatedAt,
    category: { slug: article.category.slug, name: localizeJson(article.category.name, locale) },
    related: related.map((r) => ({ slug: r.slug, title: pickTranslation(r.translations, locale)?.title ?? r.slug })),
  };
}

/** Counts a read of a published article (plain SQL: a view is not an edit, so updatedAt stays). */
export async function recordArticleView({ articleId }: { articleId: string }): Promise<void> {
  const prisma = await getPrisma();
  await prisma.$executeRaw`UPDATE "Article" SET "viewCount" = "viewCount" + 1 WHERE "id" = ${articleId} AND "status" = 'PUBLISHED'`;
}
