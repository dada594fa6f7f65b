import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

export type KbReportData = {
  days: number;
  searches: number;
  zeroResultRate: number;
  topSearches: { query: string; count: number; avgResults: number }[];
  zeroResults: { query: string; count: number; lastAt: Date | null }[];
  leastHelpful: {
    id: string;
    slug: string;
    title: string;
    yes: number;
    no: number;
    helpfulRate: number;
    comments: { comment: string | null; locale: string; createdAt: Date }[];
  }[];
};

function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <div className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-3xl font-semibold tabular-nums">{value}</p>
    </div>
  );
}

const th = "px-4 py-2.5 text-left font-semibold";
const td = "px-4 py-2.5";

function Table({
  caption,
  head,
  children,
  empty,
}: {
  caption: string;
  head: React.ReactNode;
  children: React.ReactNode[];
  empty: string;
}) {
  return (
    <section className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="border-b border-slate-200 px-4 py-3 text-left font-semibold text-slate-900">
          {caption}
        </caption>
        <thead className="bg-slate-50 text-slate-700">{head}</thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
      {children.length === 0 ? <p className="p-6 text-center text-slate-600">{empty}</p> : null}
    </section>
  );
}

/** Top searches, searches that found nothing (articles to write), and the least helpful articles (to fix). */
export async function KbReport({ report }: { report: KbReportData }) {
  const [t, format] = await Promise.all([getTranslations("kbAdmin.report"), getFormatter()]);
  const pct = (n: number) => format.number(n, { style: "percent", maximumFractionDigits: 0 });
  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-3">
        <Stat label={t("searches")} value={report.searches} />
        <Stat label={t("zeroRate")} value={pct(report.zeroResultRate)} />
        <Stat label={t("ratedArticles")} value={report.leastHelpful.length} />
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        <Table
          caption={t("top")}
          empty={t("none")}
          head={
            <tr>
              <th scope="col" className={th}>
                {t("query")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("count")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("avgResults")}
              </th>
            </tr>
          }
        >
          {report.topSearches.map((row) => (
            <tr key={row.query}>
              <td className={td}>
                <Link
                  className="text-brand-700 hover:underline"
                  href={`/help/search?q=${encodeURIComponent(row.query)}`}
                >
                  {row.query}
                </Link>
              </td>
              <td className={`${td} text-right tabular-nums`}>{row.count}</td>
              <td className={`${td} text-right tabular-nums`}>
                {format.number(row.avgResults, { maximumFractionDigits: 1 })}
              </td>
            </tr>
          ))}
        </Table>
        <Table
          caption={t("zero")}
          empty={t("none")}
          head={
            <tr>
              <th scope="col" className={th}>
                {t("query")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("count")}
              </th>
              <th scope="col" className={th}>
                {t("last")}
              </th>
            </tr>
          }
        >
          {report.zeroResults.map((row) => (
            <tr key={row.query}>
              <td className={td}>{row.query}</td>
              <td className={`${td} text-right tabular-nums`}>{row.count}</td>
              <td className={`${td} text-slate-600`}>{row.lastAt ? format.relativeTime(row.lastAt) : "—"}</td>
            </tr>
          ))}
        </Table>
      </div>
      <Table
        caption={t("leastHelpful")}
        empty={t("none")}
        head={
          <tr>
            <th scope="col" className={th}>
              {t("article")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("helpfulRate")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("votes")}
            </th>
            <th scope="col" className={th}>
              {t("comments")}
            </th>
          </tr>
        }
      >
        {report.leastHelpful.map((row) => (
          <tr key={row.id} className="align-top">
            <td className={td}>
              <Link className="font-medium text-brand-700 hover:underline" href={`/admin/kb/${row.id}`}>
                {row.title}
              </Link>
            </td>
            <td className={`${td} text-right tabular-nums`}>{pct(row.helpfulRate)}</td>
            <td className={`${td} text-right whitespace-nowrap tabular-nums`}>
              {t("yesNo", { yes: row.yes, no: row.no })}
            </td>
            <td className={td}>
              <ul className="space-y-1 text-slate-700">
                {row.comments.map((c, i) => (
                  <li key={i} lang={c.locale}>
                    “{c.comment}”
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
