import { requireUser } from "@/lib/auth/guards";
import { auditFilterSchema } from "@/lib/contracts/audit";
import { methodNotAllowed, route } from "@/lib/http/route";
import { findAuditEvents } from "@/lib/services/audit/find-audit-events";

/** GET /api/v1/audit-events?actor&action&target&from&to&page → { events, total, page, pageSize } (admins). */
export const GET = route(async ({ actor, query }) =>
  findAuditEvents({ actor: requireUser(actor), filter: query(auditFilterSchema) }),
);

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
