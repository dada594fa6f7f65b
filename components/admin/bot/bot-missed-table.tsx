"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { DataTable, NUMERIC_COLUMN } from "@/components/ui/data-table";
import { TableSection } from "@/components/ui/table-section";
import { lastColumn } from "@/components/admin/kb/kb-report-tables";
import { languageName } from "@/lib/i18n/locales";
import type { BotReportData } from "./bot-report";

type Missed = BotReportData["missed"][number];

/** The questions the bot could not answer, most asked first; sortable, filterable and exported as CSV. */
export function BotMissedTable({ rows, days }: { rows: Missed[]; days: number }) {
  const [t, tReport, locale] = [useTranslations("botAdmin.report"), useTranslations("kbAdmin.report"), useLocale()];
  const columns: ColumnDef<Missed>[] = [
    {
      id: "question",
      header: t("question"),
      accessorKey: "text",
      cell: ({ row }) => <span lang={row.original.locale}>{row.original.text}</span>,
    },
    {
      id: "language",
      header: t("language"),
      accessorFn: (row) => languageName(row.locale, locale),
      meta: { className: "whitespace-nowrap text-slate-600" },
    },
    {
      id: "count",
      header: t("count"),
      accessorKey: "count",
      meta: NUMERIC_COLUMN,
    },
    lastColumn<Missed>(t("last")),
  ];
  return (
    <TableSection
      title={t("missedTitle")}
      hint={t("missed")}
      exportHref={`/api/v1/kb/report/export?days=${days}&table=botMissed`}
      exportText={tReport("export")}
      exportLabel={tReport("exportOf", { table: t("missedTitle") })}
    >
      <DataTable
        data={rows}
        columns={columns}
        testId="bot-missed"
        caption={t("missedTitle")}
        emptyText={t("none")}
        filter={rows.length > 5}
      />
    </TableSection>
  );
}
