import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { localizeJson } from "@/lib/db/localized";
import { pickTranslation, type Locale } from "@/lib/i18n/locales";
import { visibleArticles } from "./visibility";

// What the customer-facing help center reads: home, category pages. Published articles only, whoever asks.

const titleSelect = { slug: true, translations: { select: { locale: true, title: true } } } as const;
type TitledRow = { slug: string; translations: { locale: string; title: string }[] };
const titled = (row: TitledRow, locale: Locale) => {
  const shown = pickTranslation(row.translations, locale);
  return { slug: row.slug, title: shown?.title ?? row.slug, locale: (shown?.locale ?? locale) as Locale };
};

const describe = (
  category: { slug: string; icon: string; name: Prisma.JsonValue; description: Prisma.JsonValue },
  locale: Locale,
) => ({
  slug: category.slug,
  icon: category.icon,
  name: localizeJson(category.name, locale),
  description: localizeJson(category.description, locale),
});

/** Categories (with a few articles each) and the most read articles. */
export async function getHelpHome({ actor, locale }: { actor: Actor | null; locale: Locale }) {
  const prisma = await getPrisma();
  const published = visibleArticles(actor, false);
  const [categories, popular] = await Promise.all([
    prisma.category.findMany({
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      include: {
        _count: { select: { articles: { where: published } } },
        articles: {
          where: published,
          orderBy: [{ viewCount: "desc" }, { createdAt: "asc" }],
          take: 3,
          select: titleSelect,
        },
      },
    }),
    prisma.article.findMany({
      where: published,
      orderBy: [{ viewCount: "desc" }, { helpfulYes: "desc" }, { createdAt: "asc" }],
      take: 6,
      select: { ...titleSelect, category: { select: { name: true } } },
    }),
  ]);
  return {
    categories: categories
      .filter((c) => c._count.articles > 0)
      .map((c) => ({
        ...describe(c, locale),
        articleCount: c._count.articles,
        articles: c.articles.map((a) => titled(a, locale)),
      })),
    popular: popular.map((a) => ({ ...titled(a, locale), category: localizeJson(a.category.name, locale) })),
  };
}

/** A category and its published articles (in the order they were written), plus the other categories. */
export async function getCategoryPage({ actor, slug, locale }: { actor: Actor | null; slug: string; locale: Locale }) {
  const prisma = await getPrisma();
  const published = visibleArticles(actor, false);
  const category = await prisma.category.findUnique({
    where: { slug },
    include: { articles: { where: published, orderBy: [{ createdAt: "asc" }, { slug: "asc" }], select: titleSelect } },
  });
  if (!category) return null;
  const others = await prisma.category.findMany({
    where: { articles: { some: published } },
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: { slug: true, name: true },
  });
  return {
    ...describe(category, locale),
    articles: category.articles.map((a) => titled(a, locale)),
    categories: others.map((c) => ({ slug: c.slug, name: localizeJson(c.name, locale) })),
  };
}
