import { getFormatter, getTranslations } from "next-intl/server";

export type BotReportData = {
  chats: number;
  solved: number;
  deflectionRate: number;
  answered: number;
  missed: { text: string; locale: string; count: number; lastAt: Date | null }[];
};

const th = "px-4 py-2.5 text-left font-semibold";
const td = "px-4 py-2.5";

/** The bot's part of the help-center report: its deflection rate and the questions it missed (phrasings to add). */
export async function BotReportPanel({ report }: { report: BotReportData }) {
  const [t, format] = await Promise.all([getTranslations("botAdmin.report"), getFormatter()]);
  const stat = (label: string, value: string | number, hint?: string) => (
    <div className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-3xl font-semibold tabular-nums">{value}</p>
      {hint ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
    </div>
  );
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        {stat(
          t("deflection"),
          format.number(report.deflectionRate, { style: "percent", maximumFractionDigits: 0 }),
          t("deflectionHint", { solved: report.solved, chats: report.chats }),
        )}
        {stat(t("answered"), report.answered)}
        {stat(
          t("missedCount"),
          report.missed.reduce((sum, row) => sum + row.count, 0),
        )}
      </div>
      <section className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-sm">
          <caption className="border-b border-slate-200 px-4 py-3 text-left font-semibold text-slate-900">
            {t("missed")}
          </caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className={th}>
                {t("question")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("count")}
              </th>
              <th scope="col" className={th}>
                {t("last")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {report.missed.map((row) => (
              <tr key={`${row.locale}:${row.text}`}>
                <td className={td} lang={row.locale}>
                  {row.text}
                </td>
                <td className={`${td} text-right tabular-nums`}>{row.count}</td>
                <td className={`${td} text-slate-600`}>{row.lastAt ? format.relativeTime(row.lastAt) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {report.missed.length === 0 ? <p className="p-6 text-center text-slate-600">{t("none")}</p> : null}
      </section>
    </div>
  );
}
