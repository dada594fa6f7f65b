import { route } from "@/lib/http/route";
import { getKbReport } from "@/lib/services/kb/get-kb-report";
import { reportQuerySchema } from "@/lib/contracts/kb";

export const GET = route(async ({ actor, locale, query }) => getKbReport({ actor, locale, ...query(reportQuerySchema) }), { scope: "reports:read" });
