"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { languageName, localize, LOCALES, type Locale } from "@/lib/i18n/locales";
import { RelativeTime } from "@/components/tickets/sla-badge";
import { StatusBadge } from "./status-badge";

export type ArticleRow = {
  id: string;
  slug: string;
  status: "DRAFT" | "PUBLISHED";
  category: string;
  titles: Partial<Record<Locale, string>>;
  updatedAt: Date;
  viewCount: number;
  helpfulYes: number;
  helpfulNo: number;
};

const votes = (row: ArticleRow) => row.helpfulYes + row.helpfulNo;

/** The admin article list: both titles (a missing translation is flagged), status, category, views, helpfulness. */
export function ArticleTable({ rows }: { rows: ArticleRow[] }) {
  const [t, format, locale] = [useTranslations("kbAdmin"), useFormatter(), useLocale()];
  const columns: ColumnDef<ArticleRow>[] = [
    {
      id: "article",
      header: t("list.article"),
      accessorFn: (row) => localize(row.titles, locale),
      cell: ({ row: { original: row } }) => (
        <>
          <Link
            href={`/admin/kb/${row.id}`}
            className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
          >
            {localize(row.titles, locale)}
          </Link>
          {LOCALES.some((l) => !row.titles[l]) ? (
            <div className="mt-0.5 text-amber-800">
              {t("list.missing", {
                locale: LOCALES.filter((l) => !row.titles[l])
                  .map((l) => languageName(l, locale))
                  .join(", "),
              })}
            </div>
          ) : null}
        </>
      ),
    },
    { id: "category", header: t("list.category"), accessorKey: "category", meta: { className: "text-slate-700" } },
    {
      id: "status",
      header: t("list.status"),
      accessorFn: (row) => t(`status.${row.status}`),
      cell: ({ row: { original: row } }) => <StatusBadge status={row.status} label={t(`status.${row.status}`)} />,
    },
    {
      id: "views",
      header: t("list.views"),
      accessorKey: "viewCount",
      cell: ({ row: { original: row } }) => format.number(row.viewCount),
      meta: { className: "text-right text-slate-700 tabular-nums", headerClassName: "text-right" },
    },
    {
      id: "helpful",
      header: t("list.helpful"),
      accessorFn: (row) => (votes(row) ? row.helpfulYes / votes(row) : -1),
      cell: ({ row: { original: row } }) =>
        votes(row) ? `${format.number(row.helpfulYes / votes(row), { style: "percent" })} (${votes(row)})` : "—",
      meta: { className: "text-right text-slate-700 tabular-nums", headerClassName: "text-right" },
    },
    {
      id: "updated",
      header: t("list.updated"),
      accessorFn: (row) => row.updatedAt.getTime(),
      cell: ({ row: { original: row } }) => <RelativeTime iso={row.updatedAt.toISOString()} />,
      meta: { className: "whitespace-nowrap text-slate-600" },
    },
  ];
  return (
    <DataTable
      data={rows}
      columns={columns}
      testId="article-table"
      emptyText={t("list.empty")}
      filter
      tableClassName="w-full min-w-[48rem]"
    />
  );
}
