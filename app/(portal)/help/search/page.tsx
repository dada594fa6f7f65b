import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/kb/breadcrumbs";
import { ContactCta } from "@/components/kb/contact-cta";
import { SearchPage } from "@/components/kb/search-page";
import { getActor } from "@/lib/auth/current";
import { searchText } from "@/lib/contracts/kb";
import type { Locale } from "@/lib/i18n/locales";
import { searchArticles } from "@/lib/services/kb/search-articles";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props) {
  const t = await getTranslations("kb");
  const q = [(await searchParams).q].flat()[0]?.trim();
  return { title: q ? t("search.titleFor", { query: q.slice(0, 60) }) : t("search.title"), robots: { index: false } };
}

export default async function HelpSearchPage({ searchParams }: Props) {
  const [actor, locale, t] = await Promise.all([getActor(), getLocale(), getTranslations("kb")]);
  const q = searchText.parse([(await searchParams).q].flat()[0] ?? "");
  const initial = await searchArticles({ actor, q, locale: locale as Locale, limit: 20 });
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8 sm:px-6">
      <Breadcrumbs label={t("breadcrumbs")} items={[{ href: "/help", label: t("home.crumb") }, { label: t("search.title") }]} />
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("search.title")}</h1>
      <SearchPage initialQuery={q} initial={{ results: initial.results, total: initial.total, correctedQuery: initial.correctedQuery }} />
      <div className="pt-6">
        <ContactCta />
      </div>
    </div>
  );
}
