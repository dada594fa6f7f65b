import { requireUser } from "@/lib/auth/guards";
import { auditFilterSchema } from "@/lib/contracts/audit";
import { methodNotAllowed, route } from "@/lib/http/route";
import { exportAuditEvents } from "@/lib/services/audit/find-audit-events";

/** GET /api/v1/audit-events/export?actor&action&target&from&to → text/csv (admins; the export is audited). */
export const GET = route(async ({ actor, query }) => {
  const csv = await exportAuditEvents({ actor: requireUser(actor), filter: query(auditFilterSchema) });
  const name = `beacon-audit-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` },
  });
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
