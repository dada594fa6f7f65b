import { ArrowLeft } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionHistory } from "@/components/admin/kb/revision-history";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { AppError } from "@/lib/errors";
import { pickTranslation } from "@/lib/i18n/locales";
import { getArticleForEdit } from "@/lib/services/kb/find-articles";
import { findRevisions } from "@/lib/services/kb/find-revisions";

type Props = { params: Promise<{ articleId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("kbAdmin"))("history.title") };
}

export default async function ArticleHistoryPage({ params }: Props) {
  const [actor, t] = await Promise.all([getAdmin(), getTranslations("kbAdmin")]);
  const { articleId } = await params;
  const [article, revisions] = await Promise.all([
    getArticleForEdit({ actor, articleId }),
    findRevisions({ actor, articleId }),
  ]).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const title = pickTranslation(article.translations, await getLocale())?.title ?? article.slug;
  return (
    <div className="space-y-5">
      <Link
        href={`/admin/kb/${articleId}`}
        className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline"
      >
        <ArrowLeft aria-hidden className="size-4" />
        {t("history.back")}
      </Link>
      <PageTitle title={t("history.title")} intro={t("history.subtitle", { title, count: revisions.length })} />
      <RevisionHistory
        articleId={articleId}
        canRestore
        current={Object.fromEntries(article.translations.map((tr) => [tr.locale, { title: tr.title, body: tr.body }]))}
        revisions={revisions.map((r) => ({
          id: r.id,
          locale: r.locale,
          title: r.title,
          body: r.body,
          createdAt: r.createdAt.toISOString(),
          author: r.author?.name ?? null,
        }))}
      />
    </div>
  );
}
