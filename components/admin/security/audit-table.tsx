import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditEventDto } from "@/lib/contracts/audit";
import { ScrollRegion } from "@/components/ui/scroll-region";

const details = (data: unknown) => (data && typeof data === "object" ? JSON.stringify(data) : "");

export async function AuditTable({ events }: { events: AuditEventDto[] }) {
  const [t, format] = await Promise.all([getTranslations("adminAudit"), getFormatter()]);
  if (events.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ScrollRegion label={t("title")} className="rounded-xl border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="audit-table">
        <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-500 uppercase">
          <tr>
            {(["time", "action", "actor", "target", "ip", "details"] as const).map((column) => (
              <th key={column} scope="col" className="px-3 py-2">
                {t(`column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {events.map((event) => (
            <tr key={event.id} className="align-top">
              <td className="px-3 py-2 whitespace-nowrap text-slate-600">
                {format.dateTime(new Date(event.createdAt), { dateStyle: "short", timeStyle: "medium" })}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{event.action}</td>
              <td className="px-3 py-2">
                {event.actor ? (
                  <>
                    <span className="font-medium">{event.actor.name}</span>
                    <span className="block text-xs text-slate-500">{event.actor.email}</span>
                  </>
                ) : (
                  <span className="text-slate-500">{t("nobody")}</span>
                )}
              </td>
              <td className="px-3 py-2 text-xs text-slate-600">
                {event.targetType} <span className="font-mono">{event.targetId}</span>
              </td>
              <td className="px-3 py-2 font-mono text-xs">{event.ip}</td>
              <td className="max-w-xs truncate px-3 py-2 font-mono text-xs text-slate-500" title={details(event.data)}>
                {details(event.data)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
