import { getLocale, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { ReportFilters } from "@/components/reports/report-filters";
import { exportHref } from "@/components/reports/report-links";
import { ReportDefinitions, ReportSummary } from "@/components/reports/report-summary";
import { ReportTable } from "@/components/reports/report-table";
import { ReportTrend } from "@/components/reports/report-trend";
import { isAdmin, isSupervisor } from "@/lib/auth/actor";
import { getAgent } from "@/lib/auth/current";
import type { Locale } from "@/lib/i18n/locales";
import { getReport } from "@/lib/services/reports/get-report";
import { findReportTeams } from "@/lib/services/reports/report-scope";
import { reportQueryFrom, type SearchParams } from "./search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("desk.reports"))("title") };
}

/** Supervisors (their teams) and admins (every team): speed, quality and satisfaction over a range of days. */
export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await getAgent();
  if (!isSupervisor(actor)) forbidden();
  const locale = (await getLocale()) as Locale;
  const { query, invalid } = await reportQueryFrom(searchParams);
  const [t, tValidation, report, teams] = await Promise.all([
    getTranslations("desk.reports"),
    getTranslations("validation"),
    getReport({ actor, query, locale }),
    findReportTeams({ actor, locale }),
  ]);
  return (
    <div className="space-y-5" data-testid="reports">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <a
          href={exportHref(report, query.team)}
          className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
          data-testid="report-export"
        >
          {t("export")}
        </a>
      </div>
      <p className="text-sm text-slate-600">
        {t("intro", {
          scope: isAdmin(actor) ? t("scopeAll") : t("scopeMine"),
          from: report.from,
          to: report.to,
          timeZone: report.timeZone,
        })}{" "}
        {report.businessHours ? t("businessNote") : null}
      </p>
      <ReportFilters
        report={report}
        team={query.team}
        teams={teams}
        error={invalid ? tValidation("reportRange") : undefined}
      />
      <ReportSummary report={report} team={query.team} />
      <ReportTrend report={report} />
      {report.rows.length ? (
        <ReportTable report={report} team={query.team} />
      ) : (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      )}
      <ReportDefinitions />
    </div>
  );
}
