"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import { FIGURE_KINDS, type ReportFigure, type ReportItemDto } from "@/lib/contracts/report";
import { DataTable } from "@/components/ui/data-table";
import { formatSeconds } from "./format";

const SLA_FIGURES: ReportFigure[] = ["firstResponseSla", "resolutionSla"];

/** The chats and tickets behind a figure, each with its own value, linked to the chat or ticket. */
export function ReportItems({ figure, items }: { figure: ReportFigure; items: ReportItemDto[] }) {
  const t = useTranslations("desk.reports");
  const format = useFormatter();
  const columns = useMemo<ColumnDef<ReportItemDto>[]>(() => {
    const value = (item: ReportItemDto) => {
      if (item.value === null) return "";
      if (SLA_FIGURES.includes(figure)) return item.value ? t("items.met") : t("items.missed");
      if (FIGURE_KINDS[figure] === "share") return item.value ? t("items.yes") : t("items.no");
      if (FIGURE_KINDS[figure] === "seconds") return formatSeconds(t, item.value);
      return String(Math.round(item.value * 100) / 100);
    };
    return [
      { id: "kind", header: t("items.kind"), accessorFn: (item) => t(`items.${item.kind}`) },
      {
        id: "ref",
        header: t("items.ref"),
        accessorFn: (item) => item.ref,
        cell: ({ row }) => (
          <Link
            className="text-blue-700 hover:underline"
            href={
              row.original.kind === "chat" ? `/console/chats/${row.original.id}` : `/console/tickets/${row.original.ref}`
            }
          >
            {row.original.ref}
          </Link>
        ),
      },
      {
        id: "created",
        header: t("items.created"),
        accessorFn: (item) => item.createdAt,
        cell: ({ row }) => format.dateTime(new Date(row.original.createdAt), { dateStyle: "short", timeStyle: "short" }),
      },
      { id: "value", header: t("items.value"), accessorFn: (item) => item.value ?? -1, cell: ({ row }) => value(row.original) },
    ];
  }, [t, format, figure]);
  return (
    <DataTable
      data={items}
      columns={columns}
      testId="report-items"
      emptyText={t("empty")}
      filter
      tableClassName="min-w-full whitespace-nowrap tabular-nums"
    />
  );
}
