"use client";

import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type HTMLAttributes } from "react";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the interface must repeat TanStack's type parameters
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Classes for the column's cells (alignment, width, truncation, colour). */
    className?: string;
    /** Classes for its header cell (a right-aligned column's alignment, a fixed width). */
    headerClassName?: string;
  }
}

/** A column of numbers: right-aligned, header too, with figures of one width. */
export const NUMERIC_COLUMN = { className: "text-right tabular-nums", headerClassName: "text-right" };

/**
 * Every data list's table (TanStack Table): headers that sort on click or Enter (the sorted one says so in aria-sort),
 * an optional filter box over the rows' text for long lists, and `emptyText` in words when there is nothing to show.
 * Columns without an accessor (checkboxes, actions) do not sort.
 */
export function DataTable<Row>({
  data,
  columns,
  testId,
  caption,
  emptyText,
  filter = false,
  rowProps,
  getRowId,
  tableClassName = "min-w-full",
}: {
  data: Row[];
  columns: ColumnDef<Row>[];
  testId: string;
  /** Names the table for screen readers when no heading right above it does. */
  caption?: string;
  emptyText: string;
  filter?: boolean;
  rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & { "data-testid"?: string };
  /** A row's lasting id, so a row's own state (an edit in progress) stays with it when rows sort or leave. */
  getRowId?: (row: Row) => string;
  tableClassName?: string;
}) {
  const t = useTranslations("dataTable");
  const [sorting, setSorting] = useState<SortingState>([]);
  const [query, setQuery] = useState("");
  // TanStack Table's instance is mutable by design; the compiler leaves this component unmemoized, which is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    state: { sorting, globalFilter: query },
    onSortingChange: setSorting,
    onGlobalFilterChange: setQuery,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const rows = table.getRowModel().rows;
  return (
    <div className="space-y-2">
      {filter ? (
        <label className="flex max-w-xs items-center gap-2 text-sm text-slate-600">
          <span className="shrink-0">{t("filter")}</span>
          <input
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t("filterPlaceholder")}
            className="w-full rounded-lg border border-slate-300 px-2 py-1 text-sm"
            data-testid={`${testId}-filter`}
          />
        </label>
      ) : null}
      {/* relative: a header's sr-only label (absolutely placed) stays inside the scroll box instead of widening the page */}
      <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className={`text-left text-sm ${tableClassName}`} data-testid={testId}>
          {caption ? <caption className="sr-only">{caption}</caption> : null}
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-600">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={`px-3 py-2 align-bottom ${header.column.columnDef.meta?.headerClassName ?? ""}`}
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 rounded text-left hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none"
                        >
                          {label}
                          {sorted === "asc" ? (
                            <ArrowUp aria-hidden className="size-3" />
                          ) : sorted === "desc" ? (
                            <ArrowDown aria-hidden className="size-3" />
                          ) : (
                            <ArrowUpDown aria-hidden className="size-3 opacity-40" />
                          )}
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => {
              const extra = rowProps?.(row.original);
              return (
                <tr key={row.id} {...extra} className={`hover:bg-slate-50 ${extra?.className ?? ""}`}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={`px-3 py-2 ${cell.column.columnDef.meta?.className ?? ""}`}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 ? (
          <p className="px-6 py-10 text-center text-sm text-slate-500" data-testid={`${testId}-empty`}>
            {data.length && query ? t("noMatch", { query }) : emptyText}
          </p>
        ) : null}
      </div>
    </div>
  );
}
