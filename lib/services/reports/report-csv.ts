import { REPORT_FIGURES, type ReportDto, type ReportFigure, type ReportItemDto } from "@/lib/contracts/report";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { csvLines as lines } from "@/lib/csv";

/** The breakdown table as CSV: raw values (durations in seconds, shares from 0 to 1), headers in the reader's language. */
export function reportCsv(report: ReportDto, locale: Locale): string {
  const t = translator(locale);
  const label = (key: string, text: string) => {
    if (!key) return t("desk.reports.none");
    if (report.by === "vip") return t("desk.reports.vipTier", { level: key });
    const channel = `desk.reports.channels.${key}` as "desk.reports.channels.WEB";
    if (report.by === "channel" && t.has(channel)) return t(channel);
    return text || key;
  };
  return lines([
    [t(`desk.reports.dimensions.${report.by}`), ...REPORT_FIGURES.map((f) => t(`desk.reports.figures.${f}.label`))],
    [t("desk.reports.total"), ...REPORT_FIGURES.map((f) => report.total[f])],
    ...report.rows.map((row) => [label(row.key, row.label), ...REPORT_FIGURES.map((f) => row.figures[f])]),
  ]);
}

/** The drill-down list as CSV. */
export function reportItemsCsv(figure: ReportFigure, items: ReportItemDto[], locale: Locale): string {
  const t = translator(locale);
  return lines([
    [
      t("desk.reports.items.kind"),
      t("desk.reports.items.ref"),
      t("desk.reports.items.created"),
      t(`desk.reports.figures.${figure}.label`),
    ],
    ...items.map((item) => [t(`desk.reports.items.${item.kind}`), item.ref, item.createdAt, item.value]),
  ]);
}
