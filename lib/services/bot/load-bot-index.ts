import { getPrisma } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import { loadGlossary } from "@/lib/services/kb/load-glossary";
import { buildBotIndex, type BotIndex } from "@/lib/bot/bot-index";

type Cached = { version: string; index: BotIndex };
const CACHE_KEY = Symbol.for("beacon.botIndex");
const store = globalThis as typeof globalThis & { [CACHE_KEY]?: Cached };

/**
 * The bot's in-memory index of every published article (titles, customer questions, bodies) and the glossary.
 * Rebuilt when an article, its publication or the glossary changed (one small query per turn tells; every instance
 * of a cluster sees the same database, so none answers from stale articles for more than that turn).
 */
export async function loadBotIndex(): Promise<BotIndex> {
  const prisma = await getPrisma();
  const [articles, translations, groups] = await Promise.all([
    prisma.article.aggregate({ _count: true, _max: { updatedAt: true } }),
    prisma.articleTranslation.aggregate({ _count: true, _max: { updatedAt: true } }),
    prisma.synonymGroup.aggregate({ _count: true, _max: { updatedAt: true } }),
  ]);
  const version = [articles, translations, groups]
    .map((a) => `${a._count}:${a._max.updatedAt?.getTime() ?? 0}`)
    .join("|");
  const cached = store[CACHE_KEY];
  if (cached?.version === version) return cached.index;
  const rows = await prisma.articleTranslation.findMany({
    where: { article: { status: "PUBLISHED" } },
    select: { locale: true, title: true, body: true, questions: true, article: { select: { slug: true } } },
  });
  const index = buildBotIndex(
    rows.map((r) => ({
      slug: r.article.slug,
      locale: r.locale as Locale,
      title: r.title,
      questions: r.questions,
      body: markdownToPlainText(r.body),
    })),
    await loadGlossary({ fresh: true }),
  );
  store[CACHE_KEY] = { version, index };
  return index;
}
