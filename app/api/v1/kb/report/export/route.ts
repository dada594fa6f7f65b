import { kbReportExportSchema } from "@/lib/contracts/kb";
import { requireAdmin } from "@/lib/auth/guards";
import { csvResponse } from "@/lib/csv";
import { route, methodNotAllowed } from "@/lib/http/route";
import { getBotReport } from "@/lib/services/bot/get-bot-report";
import { getKbReport } from "@/lib/services/kb/get-kb-report";
import { botMissedCsv, kbReportCsv } from "@/lib/services/kb/kb-report-csv";

/** GET: one table of the search report (admins) as CSV. */
export const GET = route(
  async ({ actor, locale, query }) => {
    // Who may ask comes before what they asked: a refusal never depends on the query.
    requireAdmin(actor);
    const { days, table } = query(kbReportExportSchema);
    const body =
      table === "botMissed"
        ? botMissedCsv(await getBotReport({ actor, days }), locale)
        : kbReportCsv(table, await getKbReport({ actor, days, locale }), locale);
    return csvResponse(body, `beacon-kb-${table}-${days}d`);
  },
  { scope: "reports:read" },
);

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
