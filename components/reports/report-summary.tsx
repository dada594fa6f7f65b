import { useTranslations } from "next-intl";
import Link from "next/link";
import { REPORT_FIGURES, type ReportDto } from "@/lib/contracts/report";
import { formatFigure } from "./format";
import { itemsHref } from "./report-links";

/** The range's totals, one tile per figure, each a link to what stands behind it. */
export function ReportSummary({ report, team }: { report: ReportDto; team?: string }) {
  const t = useTranslations("desk.reports");
  return (
    <dl className="grid grid-cols-[repeat(auto-fill,minmax(10.5rem,1fr))] gap-2" data-testid="report-summary">
      {REPORT_FIGURES.map((figure) => (
        <div key={figure} className="relative rounded-xl border border-slate-200 bg-white px-3 py-2 hover:border-blue-300">
          <dt className="text-xs text-slate-600">
            <Link
              href={itemsHref(report, team, figure)}
              title={t(`figures.${figure}.definition`)}
              className="after:absolute after:inset-0 after:rounded-xl"
              data-testid={`total-${figure}`}
            >
              {t(`figures.${figure}.label`)}
            </Link>
          </dt>
          <dd className="text-lg font-semibold tabular-nums text-slate-900">
            {formatFigure(t, figure, report.total[figure])}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Every figure's definition, written out (the same words as docs/reports.md). */
export function ReportDefinitions() {
  const t = useTranslations("desk.reports");
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4" data-testid="report-definitions">
      <h2 className="text-base font-semibold">{t("definitions")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("definitionsIntro")}</p>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm md:grid-cols-2">
        {REPORT_FIGURES.map((figure) => (
          <div key={figure}>
            <dt className="font-medium text-slate-800">{t(`figures.${figure}.label`)}</dt>
            <dd className="text-slate-600">{t(`figures.${figure}.definition`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
