"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable } from "@/components/ui/data-table";
import type { AuditEventDto } from "@/lib/contracts/audit";

const details = (data: unknown) => (data && typeof data === "object" ? JSON.stringify(data) : "");

/** One page of the audit log, sortable and filterable within the page (the filters above search the whole log). */
export function AuditTable({ events }: { events: AuditEventDto[] }) {
  const t = useTranslations("adminAudit");
  const format = useFormatter();
  const columns = useMemo<ColumnDef<AuditEventDto>[]>(
    () => [
      {
        id: "time",
        header: t("column.time"),
        accessorFn: (event) => event.createdAt,
        cell: ({ row }) =>
          format.dateTime(new Date(row.original.createdAt), { dateStyle: "short", timeStyle: "medium" }),
        meta: { className: "whitespace-nowrap text-slate-600" },
      },
      { id: "action", header: t("column.action"), accessorKey: "action", meta: { className: "font-mono text-xs" } },
      {
        id: "actor",
        header: t("column.actor"),
        accessorFn: (event) => (event.actor ? `${event.actor.name} ${event.actor.email ?? ""}` : ""),
        cell: ({ row: { original: event } }) =>
          event.actor ? (
            <>
              <span className="font-medium">{event.actor.name}</span>
              <span className="block text-xs text-slate-500">{event.actor.email}</span>
            </>
          ) : (
            <span className="text-slate-500">{t("nobody")}</span>
          ),
      },
      {
        id: "target",
        header: t("column.target"),
        accessorFn: (event) => `${event.targetType ?? ""} ${event.targetId ?? ""}`,
        cell: ({ row: { original: event } }) => (
          <>
            {event.targetType} <span className="font-mono">{event.targetId}</span>
          </>
        ),
        meta: { className: "text-xs text-slate-600" },
      },
      {
        id: "ip",
        header: t("column.ip"),
        accessorFn: (event) => event.ip ?? "",
        meta: { className: "font-mono text-xs" },
      },
      {
        id: "details",
        header: t("column.details"),
        accessorFn: (event) => details(event.data),
        cell: ({ getValue }) => <span title={getValue<string>()}>{getValue<string>()}</span>,
        meta: { className: "max-w-xs truncate font-mono text-xs text-slate-500" },
      },
    ],
    [t, format],
  );
  return (
    <DataTable
      data={events}
      columns={columns}
      testId="audit-table"
      emptyText={t("empty")}
      filter
      rowProps={() => ({ className: "align-top" })}
    />
  );
}
