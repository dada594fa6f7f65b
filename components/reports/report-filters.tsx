import { useTranslations } from "next-intl";
import { REPORT_DIMENSIONS, type ReportDto } from "@/lib/contracts/report";

const input = "rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm";

/** The report's query as a plain GET form: the URL is the report (shareable, and the back button works). */
export function ReportFilters({
  report,
  team,
  teams,
  error,
}: {
  report: ReportDto;
  team?: string;
  teams: { id: string; name: string }[];
  error?: string;
}) {
  const t = useTranslations("desk.reports");
  const field = (label: string, control: React.ReactNode) => (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
      {label}
      {control}
    </label>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" data-testid="report-filters">
      {field(t("from"), <input type="date" name="from" defaultValue={report.from} className={input} />)}
      {field(t("to"), <input type="date" name="to" defaultValue={report.to} className={input} />)}
      {field(
        t("by"),
        <select name="by" defaultValue={report.by} className={input}>
          {REPORT_DIMENSIONS.map((by) => (
            <option key={by} value={by}>
              {t(`dimensions.${by}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        t("hours"),
        <select name="hours" defaultValue={report.businessHours ? "business" : "all"} className={input}>
          <option value="all">{t("hoursAll")}</option>
          <option value="business">{t("hoursBusiness")}</option>
        </select>,
      )}
      {field(
        t("team"),
        <select name="team" defaultValue={team ?? ""} className={input}>
          <option value="">{t("allTeams")}</option>
          {teams.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>,
      )}
      <button type="submit" className="rounded-lg bg-slate-900 px-3 py-1.5 text-sm font-medium text-white">
        {t("apply")}
      </button>
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
