import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { localizeJson } from "@/lib/db/localized";

export const ARTICLES_PAGE_SIZE = 25;

type Filter = { q?: string; status?: "DRAFT" | "PUBLISHED"; category?: string; missing?: Locale; page?: number };

/** Agents and admins: every article, drafts included, filtered and paged, most recently edited first. */
export async function findArticles({
  actor,
  locale,
  q,
  status,
  category,
  missing,
  page = 1,
}: { actor: Actor | null; locale: Locale } & Filter) {
  requireAgent(actor);
  const prisma = await getPrisma();
  const where: Prisma.ArticleWhereInput = {
    ...(status ? { status } : {}),
    ...(category ? { categoryId: category } : {}),
    ...(missing ? { translations: { none: { locale: missing } } } : {}),
    ...(q
      ? {
          OR: [
            { slug: { contains: q, mode: "insensitive" } },
            { translations: { some: { title: { contains: q, mode: "insensitive" } } } },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.article.count({ where }),
    prisma.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * ARTICLES_PAGE_SIZE,
      take: ARTICLES_PAGE_SIZE,
      include: { category: true, translations: { select: { locale: true, title: true } } },
    }),
  ]);
  return {
    total,
    page,
    pageSize: ARTICLES_PAGE_SIZE,
    items: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      status: row.status,
      category: localizeJson(row.category.name, locale),
      titles: Object.fromEntries(row.translations.map((t) => [t.locale, t.title])) as Partial<Record<Locale, string>>,
      updatedAt: row.updatedAt,
      viewCount: row.viewCount,
      helpfulYes: row.helpfulYes,
      helpfulNo: row.helpfulNo,
    })),
  };
}

/** Agents and admins: one article with both translations, as the editor loads it. */
export async function getArticleForEdit({ actor, articleId }: { actor: Actor | null; articleId: string }) {
  requireAgent(actor);
  const prisma = await getPrisma();
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    include: {
      category: { select: { id: true, slug: true, name: true } },
      translations: { select: { locale: true, title: true, body: true, questions: true, updatedAt: true } },
      _count: { select: { revisions: true } },
    },
  });
  if (!article) throw notFound("kbArticleNotFound");
  const { _count, ...rest } = article;
  return { ...rest, revisionCount: _count.revisions };
}
