import { reportItemsQuerySchema, reportQuerySchema } from "@/lib/contracts/report";
import { requireSupervisor } from "@/lib/auth/guards";
import { csvResponse as csv } from "@/lib/csv";
import { route } from "@/lib/http/route";
import { findReportItems } from "@/lib/services/reports/find-report-items";
import { getReport } from "@/lib/services/reports/get-report";
import { reportCsv, reportItemsCsv } from "@/lib/services/reports/report-csv";

/** GET: a report's breakdown table as CSV; with `figure` (and `key`/`day`), the chats and tickets behind it. */
export const GET = route(async ({ actor, locale, query, req }) => {
  const supervisor = requireSupervisor(actor);
  const report = query(reportQuerySchema);
  if (req.nextUrl.searchParams.has("figure")) {
    const drill = query(reportItemsQuerySchema);
    const items = await findReportItems({ actor: supervisor, query: report, ...drill });
    return csv(reportItemsCsv(drill.figure, items, locale), `beacon-${drill.figure}-${report.from}-${report.to}`);
  }
  const data = await getReport({ actor: supervisor, query: report, locale });
  return csv(reportCsv(data, locale), `beacon-report-${report.by}-${report.from}-${report.to}`);
});
