import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { pickTranslation } from "@/lib/i18n/locales";

const TOP = 20;

/** Admins only. Over the last `days`: top searches, searches that found nothing, and the least helpful articles. */
export async function getKbReport({ actor, days, locale }: { actor: Actor | null; days: number; locale: Locale }) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const since = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  const [searches, zeroSearches, top, zero, votes] = await Promise.all([
    prisma.searchQuery.count({ where: { createdAt: { gte: since } } }),
    prisma.searchQuery.count({ where: { createdAt: { gte: since }, resultCount: 0 } }),
    prisma.searchQuery.groupBy({
      by: ["query"],
      where: { createdAt: { gte: since } },
      _count: { _all: true },
      _avg: { resultCount: true },
      orderBy: [{ _count: { query: "desc" } }, { query: "asc" }],
      take: TOP,
    }),
    prisma.searchQuery.groupBy({
      by: ["query"],
      where: { createdAt: { gte: since }, resultCount: 0 },
      _count: { _all: true },
      _max: { createdAt: true },
      orderBy: [{ _count: { query: "desc" } }, { query: "asc" }],
      take: TOP,
    }),
    prisma.articleFeedback.groupBy({
      by: ["articleId", "helpful"],
      where: { createdAt: { gte: since } },
      _count: { _all: true },
    }),
  ]);

  const tally = new Map<string, { yes: number; no: number }>();
  for (const row of votes) {
    const entry = tally.get(row.articleId) ?? { yes: 0, no: 0 };
    entry[row.helpful ? "yes" : "no"] += row._count._all;
    tally.set(row.articleId, entry);
  }
  const worst = [...tally.entries()]
    .filter(([, t]) => t.no > 0)
    .map(([id, t]) => ({ id, ...t, helpfulRate: t.yes / (t.yes + t.no) }))
    .sort((a, b) => a.helpfulRate - b.helpfulRate || b.no - a.no)
    .slice(0, TOP);
  const articles = await prisma.article.findMany({
    where: { id: { in: worst.map((w) => w.id) } },
    select: {
      id: true,
      slug: true,
      translations: { select: { locale: true, title: true } },
      feedback: {
        where: { createdAt: { gte: since }, helpful: false, comment: { not: null } },
        orderBy: { createdAt: "desc" },
        take: 3,
        select: { comment: true, locale: true, createdAt: true },
      },
    },
  });
  const byId = new Map(articles.map((a) => [a.id, a]));

  return {
    days,
    searches,
    zeroResultRate: searches ? zeroSearches / searches : 0,
    topSearches: top.map((row) => ({
      query: row.query,
      count: row._count._all,
      avgResults: row._avg.resultCount ?? 0,
    })),
    zeroResults: zero.map((row) => ({ query: row.query, count: row._count._all, lastAt: row._max.createdAt })),
    leastHelpful: worst.flatMap((w) => {
      const article = byId.get(w.id);
      if (!article) return [];
      const title = pickTranslation(article.translations, locale)?.title ?? article.slug;
      return [{ ...w, slug: article.slug, title, comments: article.feedback }];
    }),
  };
}
