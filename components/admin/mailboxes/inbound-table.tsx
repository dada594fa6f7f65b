"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { RetryButton } from "@/components/ui/retry-button";
import type { InboundEmailDto } from "@/lib/contracts/inbound-mail";

type Data = { emails: InboundEmailDto[]; total: number; failed: number; page: number; pageSize: number };
const REASONS = ["ownMail", "autoReply", "bounce", "noSender", "senderCap"];

/** Mail that did not become a ticket entry, with the reason; a failed one can be imported again. */
export function InboundTable({
  data,
  status,
  retry,
}: {
  data: Data;
  status: "FAILED" | "IGNORED" | null;
  retry: (id: string) => Promise<{ ok: boolean; message?: string }>;
}) {
  const t = useTranslations("inboundMail.admin");
  const format = useFormatter();
  const reason = (value: string | null) => (value && REASONS.includes(value) ? t(`reason.${value}`) : (value ?? "—"));
  const tab = (value: "FAILED" | "IGNORED" | null, label: string) => (
    <Link
      key={value ?? "all"}
      href={value ? `/admin/mailboxes?status=${value}` : "/admin/mailboxes"}
      aria-current={status === value ? "page" : undefined}
      className={`rounded-lg px-3 py-1.5 text-sm font-medium ${status === value ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
  const columns: ColumnDef<InboundEmailDto>[] = [
    {
      id: "when",
      header: t("colWhen"),
      accessorKey: "receivedAt",
      cell: ({ row: { original: email } }) => (
        <span suppressHydrationWarning>
          {format.dateTime(new Date(email.receivedAt), { dateStyle: "short", timeStyle: "medium" })}
        </span>
      ),
      meta: { className: "text-xs whitespace-nowrap text-slate-600" },
    },
    {
      id: "from",
      header: t("colFrom"),
      accessorFn: (email) => email.fromAddress ?? "",
      cell: ({ row: { original: email } }) => <span title={email.fromAddress ?? ""}>{email.fromAddress ?? "—"}</span>,
      meta: { className: "max-w-[14rem] truncate" },
    },
    {
      id: "subject",
      header: t("colSubject"),
      accessorFn: (email) => email.subject ?? "",
      cell: ({ row: { original: email } }) => <span className="line-clamp-2">{email.subject || "—"}</span>,
      meta: { className: "max-w-xs" },
    },
    {
      id: "reason",
      header: t("colReason"),
      accessorFn: (email) => reason(email.reason),
      cell: ({ row: { original: email } }) => (
        <span className={email.status === "FAILED" ? "text-red-700" : "text-slate-600"}>{reason(email.reason)}</span>
      ),
      meta: { className: "max-w-xs text-xs" },
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
  return (
    <div className="space-y-3 p-4">
      <nav className="flex flex-wrap gap-1" aria-label={t("setAside")}>
        {tab(null, t("filterAll"))}
        {tab("FAILED", t("status.FAILED", { count: data.failed }))}
        {tab("IGNORED", t("status.IGNORED"))}
      </nav>
      <DataTable
        data={data.emails}
        columns={columns}
        testId="inbound-table"
        emptyText={t("noneSetAside")}
        filter
        tableClassName="w-full min-w-[760px]"
        rowProps={() => ({ className: "align-top" })}
      />
    </div>
  );
}
