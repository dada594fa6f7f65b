import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/kb/breadcrumbs";
import { ContactCta } from "@/components/kb/contact-cta";
import { SearchPage } from "@/components/kb/search-page";
import { getActor } from "@/lib/auth/current";
import { searchText } from "@/lib/contracts/kb";
import type { Locale } from "@/lib/i18n/locales";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import type { SearchResponse } from "@/lib/contracts/search";
import { searchArticles } from "@/lib/services/kb/search-articles";
import { limitSearch, searcherKey } from "@/lib/services/kb/search-limits";

const rateLimitedOrThrow = (error: unknown): false => {
  if (error instanceof AppError && error.code === "RATE_LIMITED") return false;
  throw error;
};

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props) {
  const t = await getTranslations("kb");
  const q = [(await searchParams).q].flat()[0]?.trim();
  return { title: q ? t("search.titleFor", { query: q.slice(0, 60) }) : t("search.title"), robots: { index: false } };
}

export default async function HelpSearchPage({ searchParams }: Props) {
  const [actor, locale, t] = await Promise.all([getActor(), getLocale(), getTranslations("kb")]);
  const q = searchText.parse([(await searchParams).q].flat()[0] ?? "");
  const ip = clientIp(await headers());
  // Past the search limit the page still renders; the box's own search then explains the wait.
  const allowed = q.trim() ? await limitSearch(actor, ip).then(() => true, rateLimitedOrThrow) : true;
  const initial: SearchResponse = allowed
    ? await searchArticles({ actor, q, locale: locale as Locale, limit: 20, searcher: searcherKey(actor, ip) })
    : { results: [], total: 0, tookMs: 0 };
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8 sm:px-6">
      <Breadcrumbs
        label={t("breadcrumbs")}
        items={[{ href: "/help", label: t("home.crumb") }, { label: t("search.title") }]}
      />
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("search.title")}</h1>
      <SearchPage
        initialQuery={q}
        initial={{ results: initial.results, total: initial.total, correctedQuery: initial.correctedQuery }}
      />
      <div className="pt-6">
        <ContactCta />
      </div>
    </div>
  );
}
