"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { DataTable, NUMERIC_COLUMN } from "@/components/ui/data-table";
import type { WebhookDeliveryDto } from "@/lib/contracts/webhook";
import type { ActionResult } from "@/lib/http/action";
import { useAction } from "../use-action";

const STATE = {
  PENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-emerald-100 text-emerald-800",
  FAILED: "bg-red-100 text-red-800",
} as const;

/** The delivery log: newest first, sortable and filterable; a sent or failed delivery can be replayed. */
export function WebhookDeliveries({
  deliveries,
  replay,
}: {
  deliveries: WebhookDeliveryDto[];
  replay(deliveryId: string): Promise<ActionResult<null>>;
}) {
  const t = useTranslations("exchange.webhooks");
  const format = useFormatter();
  const { pending, run } = useAction();
  const columns: ColumnDef<WebhookDeliveryDto>[] = [
    {
      id: "event",
      header: t("event"),
      accessorKey: "event",
      cell: ({ row }) => (
        <span className="font-mono text-xs" title={row.original.id}>
          {row.original.event}
        </span>
      ),
    },
    {
      id: "status",
      header: t("status"),
      accessorFn: (row) => t(`states.${row.status}`),
      cell: ({ row, getValue }) => (
        <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATE[row.original.status]}`}>
          {getValue<string>()}
        </span>
      ),
      meta: { className: "whitespace-nowrap" },
    },
    {
      id: "attempts",
      header: t("attempts"),
      accessorKey: "attempts",
      meta: NUMERIC_COLUMN,
    },
    {
      id: "response",
      header: t("response"),
      accessorFn: (row) => String(row.lastStatusCode ?? row.lastError ?? "—"),
      cell: ({ row, getValue }) => (
        <span className="block max-w-48 truncate" title={row.original.lastError ?? undefined}>
          {getValue<string>()}
        </span>
      ),
    },
    {
      id: "when",
      header: t("when"),
      accessorKey: "createdAt",
      cell: ({ row }) => format.dateTime(new Date(row.original.createdAt), { dateStyle: "short", timeStyle: "medium" }),
      meta: { className: "whitespace-nowrap text-slate-600" },
    },
    {
      id: "actions",
      header: () => <span className="sr-only">{t("replay")}</span>,
      cell: ({ row }) =>
        row.original.status !== "PENDING" ? (
          <Button
            type="button"
            size="sm"
            variant="ghost"
            disabled={pending}
            onClick={() =>
              run(
                () => replay(row.original.id),
                () => toast.success(t("replayed")),
              )
            }
          >
            {t("replay")}
          </Button>
        ) : null,
      meta: { className: "py-1 text-right" },
    },
  ];
  return (
    <div className="p-4">
      <h3 className="mb-2 text-sm font-semibold">{t("deliveries")}</h3>
      <DataTable
        data={deliveries}
        columns={columns}
        testId="webhook-deliveries"
        caption={t("deliveries")}
        emptyText={t("none")}
        filter={deliveries.length > 5}
      />
    </div>
  );
}
