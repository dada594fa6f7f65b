import { LANGUAGES } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";

type Filters = { q?: string; status?: string; category?: string; missing?: string };

const control =
  "h-10 rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none";

/** Filters as a plain GET form: the URL holds them, so a filtered list can be shared and reloaded. */
export async function ArticleFilters({
  filters,
  categories,
}: {
  filters: Filters;
  categories: { id: string; name: string }[];
}) {
  const t = await getTranslations("kbAdmin.list");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" role="search">
      <div className="min-w-[14rem] flex-1 space-y-1">
        <label htmlFor="f-q" className="block text-xs font-medium text-slate-700">
          {t("filterText")}
        </label>
        <input
          id="f-q"
          name="q"
          type="search"
          defaultValue={filters.q}
          placeholder={t("filterTextHint")}
          className={`${control} w-full`}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="f-status" className="block text-xs font-medium text-slate-700">
          {t("status")}
        </label>
        <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={control}>
          <option value="">{t("any")}</option>
          <option value="PUBLISHED">{t("published")}</option>
          <option value="DRAFT">{t("draft")}</option>
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="f-category" className="block text-xs font-medium text-slate-700">
          {t("category")}
        </label>
        <select id="f-category" name="category" defaultValue={filters.category ?? ""} className={control}>
          <option value="">{t("any")}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="f-missing" className="block text-xs font-medium text-slate-700">
          {t("translation")}
        </label>
        <select id="f-missing" name="missing" defaultValue={filters.missing ?? ""} className={control}>
          <option value="">{t("any")}</option>
          {LANGUAGES.map((language) => (
            <option key={language.code} value={language.code}>
              {t("missing", { locale: language.label })}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="h-10 rounded-lg bg-slate-800 px-4 text-sm font-medium text-white hover:bg-slate-900"
      >
        {t("apply")}
      </button>
    </form>
  );
}
