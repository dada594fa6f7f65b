import { getTranslations } from "next-intl/server";
import { SearchHero } from "@/components/layout/search-hero";

/** The help center's search box. */
export async function HelpHero({ query = "" }: { query?: string }) {
  const t = await getTranslations("kb");
  return (
    <SearchHero
      id="help-search"
      title={t("home.title")}
      subtitle={t("home.subtitle")}
      label={t("search.label")}
      placeholder={t("search.placeholder")}
      submit={t("search.submit")}
      query={query}
    />
  );
}
