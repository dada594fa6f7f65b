import { getLocale, getTranslations } from "next-intl/server";
import { ArticleList } from "@/components/kb/article-list";
import { CategoryGrid } from "@/components/kb/category-grid";
import { ContactCta } from "@/components/kb/contact-cta";
import { HelpHero } from "@/components/kb/help-hero";
import { getActor } from "@/lib/auth/current";
import type { Locale } from "@/lib/i18n/locales";
import { getHelpHome } from "@/lib/services/kb/help-center";

export async function generateMetadata() {
  return { title: (await getTranslations("kb"))("home.title") };
}

export default async function HelpCenterPage() {
  const [actor, locale, t] = await Promise.all([getActor(), getLocale(), getTranslations("kb")]);
  const home = await getHelpHome({ actor, locale: locale as Locale });
  return (
    <>
      <HelpHero />
      <div className="mx-auto max-w-6xl space-y-12 px-4 py-10 sm:px-6">
        <CategoryGrid categories={home.categories} />
        {home.popular.length > 0 ? (
          <section aria-labelledby="kb-popular" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
            <h2 id="kb-popular" className="text-xl font-semibold text-slate-900">
              {t("home.popular")}
            </h2>
            <div className="mt-2 grid gap-x-8 md:grid-cols-2">
              <ArticleList articles={home.popular.slice(0, 3)} meta />
              <ArticleList articles={home.popular.slice(3)} meta />
            </div>
          </section>
        ) : null}
        <ContactCta />
      </div>
    </>
  );
}
