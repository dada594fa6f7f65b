import { Plus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ArticleFilters } from "@/components/admin/kb/article-filters";
import { ArticleTable } from "@/components/admin/kb/article-table";
import { ButtonLink } from "@/components/ui/button";
import { getAdmin } from "@/lib/auth/current";
import { type Locale, localize } from "@/lib/i18n/locales";
import { findCategories } from "@/lib/services/kb/categories";
import { findArticles } from "@/lib/services/kb/find-articles";
import { articleListQuerySchema } from "@/lib/contracts/kb";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  return { title: (await getTranslations("kbAdmin"))("title") };
}

export default async function KbArticlesPage({ searchParams }: Props) {
  const [actor, locale, t] = await Promise.all([getAdmin(), getLocale(), getTranslations("kbAdmin")]);
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, [v].flat()[0] || undefined]));
  const parsed = articleListQuerySchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : { page: 1 };
  const [list, categories] = await Promise.all([
    findArticles({ actor, locale: locale as Locale, ...filters }),
    findCategories({ actor }),
  ]);
  const options = categories.map((c) => ({ id: c.id, name: localize(c.name, locale) }));
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const pageHref = (page: number) =>
    `/admin/kb?${new URLSearchParams({ ...(raw as Record<string, string>), page: String(page) })}`;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{t("list.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("list.count", { count: list.total })}</p>
        </div>
        <ButtonLink href="/admin/kb/new" className="ml-auto">
          <Plus aria-hidden className="size-4" />
          {t("list.new")}
        </ButtonLink>
      </div>
      <ArticleFilters filters={raw as Record<string, string>} categories={options} />
      <ArticleTable rows={list.items} />
      {pages > 1 ? (
        <nav aria-label={t("list.pages")} className="flex items-center justify-center gap-4 text-sm">
          {list.page > 1 ? (
            <Link className="text-brand-700 hover:underline" href={pageHref(list.page - 1)}>
              ← {t("list.previous")}
            </Link>
          ) : null}
          <span className="text-slate-600">{t("list.page", { page: list.page, pages })}</span>
          {list.page < pages ? (
            <Link className="text-brand-700 hover:underline" href={pageHref(list.page + 1)}>
              {t("list.next")} →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
