import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { languageName, localize, LOCALES, type Locale } from "@/lib/i18n/locales";
import { StatusBadge } from "./status-badge";

export type ArticleRow = {
  id: string;
  slug: string;
  status: "DRAFT" | "PUBLISHED";
  category: string;
  titles: Partial<Record<Locale, string>>;
  updatedAt: Date;
  viewCount: number;
  helpfulYes: number;
  helpfulNo: number;
};

/** The admin article list: both titles (a missing translation is flagged), status, category, views, helpfulness. */
export async function ArticleTable({ rows }: { rows: ArticleRow[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("kbAdmin"), getFormatter(), getLocale()]);
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[48rem] text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t("list.article")}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t("list.category")}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t("list.status")}
            </th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">
              {t("list.views")}
            </th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">
              {t("list.helpful")}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t("list.updated")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const votes = row.helpfulYes + row.helpfulNo;
            return (
              <tr key={row.id} className="hover:bg-slate-50">
                <td className="px-4 py-3">
                  <Link
                    href={`/admin/kb/${row.id}`}
                    className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                  >
                    {localize(row.titles, locale)}
                  </Link>
                  {LOCALES.some((l) => !row.titles[l]) ? (
                    <div className="mt-0.5 text-amber-800">
                      {t("list.missing", {
                        locale: LOCALES.filter((l) => !row.titles[l])
                          .map((l) => languageName(l, locale))
                          .join(", "),
                      })}
                    </div>
                  ) : null}
                </td>
                <td className="px-4 py-3 text-slate-700">{row.category}</td>
                <td className="px-4 py-3">
                  <StatusBadge status={row.status} label={t(`status.${row.status}`)} />
                </td>
                <td className="px-4 py-3 text-right text-slate-700 tabular-nums">{format.number(row.viewCount)}</td>
                <td className="px-4 py-3 text-right text-slate-700 tabular-nums">
                  {votes ? `${format.number(row.helpfulYes / votes, { style: "percent" })} (${votes})` : "—"}
                </td>
                <td className="px-4 py-3 whitespace-nowrap text-slate-600">{format.relativeTime(row.updatedAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="p-8 text-center text-slate-600">{t("list.empty")}</p> : null}
    </div>
  );
}
