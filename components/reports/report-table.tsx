"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo } from "react";
import { REPORT_FIGURES, type ReportDto, type ReportRow } from "@/lib/contracts/report";
import { DataTable } from "@/components/ui/data-table";
import { formatFigure, rowLabel } from "./format";
import { itemsHref } from "./report-links";

/** The breakdown: one row per agent / team / topic / channel / VIP tier / language; every number drills down. */
export function ReportTable({ report, team }: { report: ReportDto; team?: string }) {
  const t = useTranslations("desk.reports");
  const columns = useMemo<ColumnDef<ReportRow>[]>(
    () => [
      {
        id: "label",
        header: t(`dimensions.${report.by}`),
        accessorFn: (row) => rowLabel(t, report.by, row.key, row.label),
        cell: (info) => <span className="font-medium text-slate-900">{info.getValue<string>()}</span>,
      },
      ...REPORT_FIGURES.map<ColumnDef<ReportRow>>((figure) => ({
        id: figure,
        header: t(`figures.${figure}.label`),
        accessorFn: (row) => row.figures[figure] ?? -1,
        cell: ({ row }) => (
          <Link
            href={itemsHref(report, team, figure, { key: row.original.key })}
            className="text-blue-700 hover:underline"
            title={t(`figures.${figure}.definition`)}
          >
            {formatFigure(t, figure, row.original.figures[figure])}
          </Link>
        ),
      })),
    ],
    [t, report, team],
  );
  return (
    <DataTable
      data={report.rows}
      columns={columns}
      testId="report-table"
      emptyText={t("empty")}
      filter
      tableClassName="min-w-full whitespace-nowrap tabular-nums"
    />
  );
}
