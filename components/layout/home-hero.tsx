import { getTranslations } from "next-intl/server";
import { SearchHero } from "./search-hero";

/** The search box every help center opens with. */
export async function HomeHero() {
  const t = await getTranslations("home");
  return (
    <SearchHero
      id="home-search"
      title={t("title")}
      subtitle={t("subtitle")}
      label={t("searchButton")}
      placeholder={t("searchPlaceholder")}
      submit={t("searchButton")}
    />
  );
}
