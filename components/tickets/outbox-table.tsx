"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { DataTable, NUMERIC_COLUMN } from "@/components/ui/data-table";
import { RetryButton } from "@/components/ui/retry-button";

type Email = {
  id: string;
  to: string;
  subject: string;
  status: "PENDING" | "HELD" | "SENT" | "FAILED";
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
};
type Data = { emails: Email[]; total: number; counts: Record<Email["status"], number>; page: number; pageSize: number };

const STYLE = {
  PENDING: "bg-amber-100 text-amber-900",
  HELD: "bg-slate-100 text-slate-700",
  SENT: "bg-emerald-100 text-emerald-800",
  FAILED: "bg-red-100 text-red-800",
} as const;

/** The outbox for admins: filter by state, see attempts and the last error, retry a failed mail. */
export function OutboxTable({
  data,
  status,
  retry,
}: {
  data: Data;
  status: Email["status"] | null;
  retry: (id: string) => Promise<{ ok: boolean; message?: string }>;
}) {
  const t = useTranslations("adminTickets");
  const c = useTranslations("tickets.console");
  const format = useFormatter();
  /** When it went (sent) or goes next (pending); nothing for held and failed mail. */
  const next = (email: Email) =>
    email.status === "SENT" ? email.sentAt : email.status === "PENDING" ? email.nextAttemptAt : null;
  const date = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "medium" }) : "—";
  const tab = (value: Email["status"] | null, label: string, count?: number) => (
    <Link
      key={value ?? "all"}
      href={value ? `/admin/outbox?status=${value}` : "/admin/outbox"}
      aria-current={status === value ? "page" : undefined}
      className={`rounded-lg px-3 py-1.5 text-sm font-medium ${status === value ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-100"}`}
    >
      {label}
      {count !== undefined ? <span className="ml-1.5 tabular-nums opacity-70">{count}</span> : null}
    </Link>
  );
  const columns: ColumnDef<Email>[] = [
    {
      id: "status",
      header: t("colStatus"),
      accessorFn: (email) => t(`outboxStatus.${email.status}`),
      cell: ({ row: { original: email } }) => (
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STYLE[email.status]}`}>
          {t(`outboxStatus.${email.status}`)}
        </span>
      ),
      meta: { className: "whitespace-nowrap" },
    },
    {
      id: "to",
      header: t("colTo"),
      accessorKey: "to",
      cell: ({ row: { original: email } }) => <span title={email.to}>{email.to}</span>,
      meta: { className: "max-w-[14rem] truncate" },
    },
    {
      id: "subject",
      header: t("colSubject"),
      accessorKey: "subject",
      cell: ({ row: { original: email } }) => <span className="line-clamp-2">{email.subject}</span>,
      meta: { className: "max-w-xs" },
    },
    {
      id: "attempts",
      header: t("colAttempts"),
      accessorKey: "attempts",
      meta: NUMERIC_COLUMN,
    },
    {
      id: "when",
      header: t("colWhen"),
      accessorKey: "createdAt",
      cell: ({ row: { original: email } }) => <span suppressHydrationWarning>{date(email.createdAt)}</span>,
      meta: { className: "text-xs whitespace-nowrap text-slate-600" },
    },
    {
      id: "next",
      header: t("colNext"),
      accessorFn: (email) => next(email) ?? "",
      cell: ({ row: { original: email } }) => <span suppressHydrationWarning>{date(next(email))}</span>,
      meta: { className: "text-xs whitespace-nowrap text-slate-600" },
    },
    {
      id: "error",
      header: t("colError"),
      accessorFn: (email) => email.lastError ?? "",
      cell: ({ row: { original: email } }) => (
        <span className="line-clamp-2" title={email.lastError ?? undefined}>
          {email.lastError ?? ""}
        </span>
      ),
      meta: { className: "max-w-xs text-xs text-red-700" },
    },
    {
      id: "retry",
      header: () => <span className="sr-only">{t("retry")}</span>,
      cell: ({ row: { original: email } }) =>
        email.status === "FAILED" ? (
          <RetryButton retry={() => retry(email.id)} label={t("retry")} done={t("retried")} />
        ) : null,
      meta: { className: "text-right" },
    },
  ];
  const last = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <div className="space-y-3">
      <nav className="flex flex-wrap gap-1" aria-label={t("colStatus")}>
        {tab(null, t("filterAll"))}
        {(["PENDING", "HELD", "SENT", "FAILED"] as const).map((s) => tab(s, t(`outboxStatus.${s}`), data.counts[s]))}
      </nav>
      <DataTable
        data={data.emails}
        columns={columns}
        testId="outbox-table"
        emptyText={t("empty")}
        filter
        tableClassName="w-full min-w-[900px]"
        rowProps={() => ({ className: "align-top" })}
      />
      {last > 1 ? (
        <div className="flex items-center justify-end gap-2 text-sm">
          {data.page > 1 ? (
            <Link
              className="rounded-lg px-3 py-1.5 ring-1 ring-slate-300"
              href={`/admin/outbox?${status ? `status=${status}&` : ""}page=${data.page - 1}`}
            >
              {c("previous")}
            </Link>
          ) : null}
          <span>{c("page", { page: data.page })}</span>
          {data.page < last ? (
            <Link
              className="rounded-lg px-3 py-1.5 ring-1 ring-slate-300"
              href={`/admin/outbox?${status ? `status=${status}&` : ""}page=${data.page + 1}`}
            >
              {c("next")}
            </Link>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
