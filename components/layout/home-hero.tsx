import { Search } from "lucide-react";
import { getTranslations } from "next-intl/server";

/** The search box every help center opens with; it submits to the help center search page. */
export async function HomeHero() {
  const t = await getTranslations("home");
  return (
    <section className="bg-gradient-to-b from-slate-900 to-slate-800 text-white">
      <div className="mx-auto max-w-3xl px-4 py-16 text-center sm:py-20">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 text-slate-300">{t("subtitle")}</p>
        <form action="/help/search" method="get" role="search" className="mt-8 flex gap-2">
          <label htmlFor="home-search" className="sr-only">
            {t("searchButton")}
          </label>
          <div className="relative flex-1">
            <Search aria-hidden className="pointer-events-none absolute top-1/2 left-4 size-5 -translate-y-1/2 text-slate-400" />
            <input
              id="home-search"
              name="q"
              type="search"
              placeholder={t("searchPlaceholder")}
              className="h-14 w-full rounded-xl border-0 bg-white pr-4 pl-12 text-base text-slate-900 shadow-lg placeholder:text-slate-400 focus:ring-4 focus:ring-brand-300 focus:outline-none"
            />
          </div>
          <button type="submit" className="h-14 rounded-xl bg-brand-700 px-6 font-semibold text-white shadow-lg hover:bg-brand-800">
            {t("searchButton")}
          </button>
        </form>
      </div>
    </section>
  );
}
