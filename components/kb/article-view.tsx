import { Info, Pencil, TriangleAlert } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { renderMarkdown } from "@/lib/markdown/render";
import { ArticleBody } from "./article-body";
import { ArticleFeedback } from "./article-feedback";
import { ArticleList } from "./article-list";
import { ArticleToc } from "./article-toc";
import { Breadcrumbs } from "./breadcrumbs";
import { ContactCta } from "./contact-cta";

export type ArticlePageData = {
  id: string;
  slug: string;
  status: "DRAFT" | "PUBLISHED";
  locale: string;
  fallback: boolean;
  title: string;
  body: string;
  updatedAt: Date;
  category: { slug: string; name: string };
  related: { slug: string; title: string }[];
};

/** An article page: breadcrumbs, title, notices, body with its table of contents, feedback, related articles. */
export async function ArticleView({ article, canEdit }: { article: ArticlePageData; canEdit: boolean }) {
  const [t, format] = await Promise.all([getTranslations("kb"), getFormatter()]);
  const { toc } = renderMarkdown(article.body);
  const lang = article.locale;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <Breadcrumbs
        label={t("breadcrumbs")}
        items={[
          { href: "/help", label: t("home.crumb") },
          { href: `/help/categories/${article.category.slug}`, label: article.category.name },
          { label: article.title },
        ]}
      />
      <div className="mt-6 grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <article lang={lang} className="min-w-0">
          <header>
            <h1 className="text-3xl font-bold tracking-tight text-slate-900">{article.title}</h1>
            <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-600">
              <span>{t("article.updated", { date: format.dateTime(article.updatedAt, { dateStyle: "long" }) })}</span>
              {canEdit ? (
                <Link
                  href={`/admin/kb/${article.id}`}
                  className="inline-flex items-center gap-1 font-medium text-brand-700 hover:underline"
                >
                  <Pencil aria-hidden className="size-3.5" />
                  {t("article.edit")}
                </Link>
              ) : null}
            </p>
          </header>
          {article.status === "DRAFT" ? (
            <p
              className="mt-5 flex gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
              role="note"
            >
              <TriangleAlert aria-hidden className="size-5 shrink-0" />
              {t("article.draftNotice")}
            </p>
          ) : null}
          {article.fallback ? (
            <p
              className="mt-5 flex gap-2 rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900"
              role="note"
            >
              <Info aria-hidden className="size-5 shrink-0" />
              {t("article.fallbackNotice")}
            </p>
          ) : null}
          <ArticleBody markdown={article.body} className="mt-6" />
          <div className="mt-10">
            <ArticleFeedback articleId={article.id} />
          </div>
        </article>
        <aside className="space-y-8 lg:sticky lg:top-24 lg:self-start">
          {toc.length >= 2 ? <ArticleToc entries={toc} label={t("article.onThisPage")} /> : null}
          {article.related.length > 0 ? (
            <section aria-labelledby="kb-related">
              <h2 id="kb-related" className="text-sm font-semibold text-slate-900">
                {t("article.related")}
              </h2>
              <div className="mt-1 text-sm">
                <ArticleList articles={article.related} />
              </div>
            </section>
          ) : null}
        </aside>
      </div>
      <div className="mt-12">
        <ContactCta />
      </div>
    </div>
  );
}
