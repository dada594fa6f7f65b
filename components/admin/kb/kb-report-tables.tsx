"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { DataTable, NUMERIC_COLUMN } from "@/components/ui/data-table";
import { TableSection } from "@/components/ui/table-section";
import { RelativeTime } from "@/components/tickets/sla-badge";
import type { KbReportTable } from "@/lib/contracts/kb";
import type { KbReportData } from "./kb-report";

type Top = KbReportData["topSearches"][number];
type Zero = KbReportData["zeroResults"][number];
type Unhelpful = KbReportData["leastHelpful"][number];

/** When a search or question was last seen, relative to now (sorts by the time). */
export function lastColumn<Row extends { lastAt: Date | null }>(header: string): ColumnDef<Row> {
  return {
    id: "last",
    header,
    accessorFn: (row) => row.lastAt?.getTime() ?? 0,
    cell: ({ row }) => (row.original.lastAt ? <RelativeTime iso={row.original.lastAt.toISOString()} /> : "—"),
    meta: { className: "whitespace-nowrap text-slate-600" },
  };
}

/** A report table under its title, with its CSV export (the same rows, raw values). */
function Section<Row>(props: {
  days: number;
  table: KbReportTable;
  title: string;
  rows: Row[];
  columns: ColumnDef<Row>[];
  top?: boolean;
}) {
  const t = useTranslations("kbAdmin.report");
  return (
    <TableSection
      title={props.title}
      exportHref={`/api/v1/kb/report/export?days=${props.days}&table=${props.table}`}
      exportText={t("export")}
      exportLabel={t("exportOf", { table: props.title })}
    >
      <DataTable
        data={props.rows}
        columns={props.columns}
        testId={`kb-report-${props.table}`}
        caption={props.title}
        emptyText={t("none")}
        filter={props.rows.length > 5}
        rowProps={props.top ? () => ({ className: "align-top" }) : undefined}
      />
    </TableSection>
  );
}

/** Top searches and searches that found nothing (articles to write). */
export function SearchTables({ report }: { report: KbReportData }) {
  const [t, format] = [useTranslations("kbAdmin.report"), useFormatter()];
  const query: ColumnDef<Top> = {
    id: "query",
    header: t("query"),
    accessorKey: "query",
    cell: ({ row }) => (
      <Link
        className="text-brand-700 hover:underline"
        href={`/help/search?q=${encodeURIComponent(row.original.query)}`}
      >
        {row.original.query}
      </Link>
    ),
  };
  const count = <Row extends { count: number }>(): ColumnDef<Row> => ({
    id: "count",
    header: t("count"),
    accessorFn: (row) => row.count,
    meta: NUMERIC_COLUMN,
  });
  const top: ColumnDef<Top>[] = [
    query,
    count<Top>(),
    {
      id: "avgResults",
      header: t("avgResults"),
      accessorKey: "avgResults",
      cell: ({ row }) => format.number(row.original.avgResults, { maximumFractionDigits: 1 }),
      meta: NUMERIC_COLUMN,
    },
  ];
  const zero: ColumnDef<Zero>[] = [
    { id: "query", header: t("query"), accessorKey: "query" },
    count<Zero>(),
    lastColumn<Zero>(t("last")),
  ];
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <Section days={report.days} table="top" title={t("top")} rows={report.topSearches} columns={top} />
      <Section days={report.days} table="zero" title={t("zero")} rows={report.zeroResults} columns={zero} />
    </div>
  );
}

/** The least helpful articles (to fix), with their latest comments. */
export function UnhelpfulTable({ report }: { report: KbReportData }) {
  const [t, format] = [useTranslations("kbAdmin.report"), useFormatter()];
  const columns: ColumnDef<Unhelpful>[] = [
    {
      id: "article",
      header: t("article"),
      accessorKey: "title",
      cell: ({ row }) => (
        <Link className="font-medium text-brand-700 hover:underline" href={`/admin/kb/${row.original.id}`}>
          {row.original.title}
        </Link>
      ),
    },
    {
      id: "helpfulRate",
      header: t("helpfulRate"),
      accessorKey: "helpfulRate",
      cell: ({ row }) => format.number(row.original.helpfulRate, { style: "percent", maximumFractionDigits: 0 }),
      meta: NUMERIC_COLUMN,
    },
    {
      id: "votes",
      header: t("votes"),
      accessorFn: (row) => row.yes + row.no,
      cell: ({ row }) => t("yesNo", { yes: row.original.yes, no: row.original.no }),
      meta: { className: "text-right whitespace-nowrap tabular-nums", headerClassName: "text-right" },
    },
    {
      id: "comments",
      header: t("comments"),
      accessorFn: (row) => row.comments.map((c) => c.comment ?? "").join(" "),
      enableSorting: false,
      cell: ({ row }) => (
        <ul className="space-y-1 text-slate-700">
          {row.original.comments.map((c, i) => (
            <li key={i} lang={c.locale}>
              “{c.comment}”
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <Section
      days={report.days}
      table="leastHelpful"
      title={t("leastHelpful")}
      rows={report.leastHelpful}
      columns={columns}
      top
    />
  );
}
