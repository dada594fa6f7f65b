import { route, methodNotAllowed } from "@/lib/http/route";
import { getKbReport } from "@/lib/services/kb/get-kb-report";
import { reportQuerySchema } from "@/lib/contracts/kb";

export const GET = route(
  async ({ actor, locale, query }) => getKbReport({ actor, locale, ...query(reportQuerySchema) }),
  { scope: "reports:read" },
);

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
