import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleView } from "@/components/kb/article-view";
import { isAdmin } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current";
import type { Locale } from "@/lib/i18n/locales";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import { getArticlePage, recordArticleView } from "@/lib/services/kb/get-article-page";

type Props = { params: Promise<{ articleSlug: string }> };

const load = cache(async (slug: string) => {
  const [actor, locale] = await Promise.all([getActor(), getLocale()]);
  return { actor, article: await getArticlePage({ actor, slug, locale: locale as Locale }) };
});

export async function generateMetadata({ params }: Props) {
  const { article } = await load((await params).articleSlug);
  return article ? { title: article.title, description: markdownToPlainText(article.body).slice(0, 160) } : {};
}

export default async function HelpArticlePage({ params }: Props) {
  const { actor, article } = await load((await params).articleSlug);
  if (!article) notFound();
  if (article.status === "PUBLISHED") await recordArticleView({ articleId: article.id });
  return <ArticleView article={article} canEdit={isAdmin(actor)} />;
}
