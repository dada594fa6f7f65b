import type { PrismaClient } from "../../lib/db/generated/client";
import { searchDocumentFor } from "../../lib/search/document";
import { admins } from "./demo-people";
import { allArticles, categories } from "./kb";
import { ru } from "./kb/ru";
import { glossary } from "./kb/glossary";
import { articleQuestions } from "./kb/questions";

/**
 * The demo help center: 8 categories and 51 articles in zh-CN, en and ru, published, each translation with its search
 * document and a first revision. Idempotent by slug: what exists (perhaps edited by an admin since) is left alone.
 */
export async function seedKb(prisma: PrismaClient): Promise<{ categories: number; articles: number }> {
  const author = await prisma.user.findUnique({ where: { email: admins[0].email }, select: { id: true } });
  const categoryIds = new Map<string, string>();
  for (const category of categories) {
    const row = await prisma.category.upsert({ where: { slug: category.slug }, create: category, update: {} });
    categoryIds.set(category.slug, row.id);
  }
  const existing = new Set((await prisma.article.findMany({ select: { slug: true } })).map((a) => a.slug));
  let created = 0;
  // Spread over the past weeks, in reading order, so "recently updated" and ordering look like a real help center.
  const start = Date.now() - allArticles.length * 6 * 60 * 60 * 1000;
  for (const [index, article] of allArticles.entries()) {
    if (existing.has(article.slug)) continue;
    const at = new Date(start + index * 6 * 60 * 60 * 1000);
    const texts = { "zh-CN": article.zh, en: article.en, ...(ru[article.slug] ? { ru: ru[article.slug] } : {}) };
    const translations = Object.entries(texts).map(([locale, { title, body }]) => {
      const questions = questionsFor(article.slug, locale);
      return {
        locale,
        title,
        body,
        questions,
        searchDocument: searchDocumentFor(locale, title, body, questions),
        updatedAt: at,
      };
    });
    await prisma.article.create({
      data: {
        slug: article.slug,
        categoryId: categoryIds.get(article.category)!,
        status: "PUBLISHED",
        publishedAt: at,
        createdAt: at,
        updatedAt: at,
        authorId: author?.id,
        translations: { create: translations },
        revisions: {
          create: translations.map(({ locale, title, body }) => ({
            locale,
            title,
            body,
            authorId: author?.id,
            createdAt: at,
          })),
        },
      },
    });
    created++;
  }
  await seedBotData(prisma);
  return { categories: categories.length, articles: created };
}

/** What customers ask for an article in one language (zh and en in questions.ts, ru beside its translation). */
const questionsFor = (slug: string, locale: string): string[] => {
  if (locale === "zh-CN") return articleQuestions[slug]?.zh ?? [];
  if (locale === "en") return articleQuestions[slug]?.en ?? [];
  if (locale === "ru") return ru[slug]?.questions ?? [];
  return [];
};

/**
 * The customer questions of demo articles that have none yet (a help center seeded before they existed), and the
 * glossary while it is empty. What an admin has written is left alone.
 */
async function seedBotData(prisma: PrismaClient) {
  const empty = await prisma.articleTranslation.findMany({
    where: { questions: { isEmpty: true }, article: { slug: { in: Object.keys(articleQuestions) } } },
    select: { id: true, locale: true, title: true, body: true, article: { select: { slug: true } } },
  });
  for (const t of empty) {
    const { locale } = t;
    const questions = questionsFor(t.article.slug, locale);
    if (!questions.length) continue;
    await prisma.articleTranslation.update({
      where: { id: t.id },
      data: { questions, searchDocument: searchDocumentFor(locale, t.title, t.body, questions) },
    });
  }
  if ((await prisma.synonymGroup.count()) === 0) {
    await prisma.synonymGroup.createMany({ data: glossary.map((terms, sortOrder) => ({ terms, sortOrder })) });
  }
}
