import type { ReportDto, ReportFigure } from "@/lib/contracts/report";

/** The report's own query (range, breakdown, hours, team) as search parameters. */
export function reportParams(report: ReportDto, team?: string): URLSearchParams {
  const params = new URLSearchParams({
    from: report.from,
    to: report.to,
    by: report.by,
    hours: report.businessHours ? "business" : "all",
  });
  if (team) params.set("team", team);
  return params;
}

/** The drill-down behind one figure: of a row (`key`), a day, or the whole range. */
export function itemsHref(
  report: ReportDto,
  team: string | undefined,
  figure: ReportFigure,
  at: { key?: string; day?: string } = {},
): string {
  const params = reportParams(report, team);
  params.set("figure", figure);
  if (at.key !== undefined) params.set("key", at.key);
  if (at.day) params.set("day", at.day);
  return `/console/reports/items?${params}`;
}

export function exportHref(report: ReportDto, team: string | undefined, figure?: ReportFigure, key?: string) {
  const params = reportParams(report, team);
  if (figure) params.set("figure", figure);
  if (key !== undefined) params.set("key", key);
  return `/api/v1/reports/export?${params}`;
}
