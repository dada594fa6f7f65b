"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

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
  const [pending, startTransition] = useTransition();
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
  const last = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <div className="space-y-3">
      <nav className="flex flex-wrap gap-1" aria-label={t("colStatus")}>
        {tab(null, t("filterAll"))}
        {(["PENDING", "HELD", "SENT", "FAILED"] as const).map((s) => tab(s, t(`outboxStatus.${s}`), data.counts[s]))}
      </nav>
      <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[900px] text-left text-sm" data-testid="outbox-table">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-3 py-2.5">
                {t("colStatus")}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t("colTo")}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t("colSubject")}
              </th>
              <th scope="col" className="px-3 py-2.5 text-right">
                {t("colAttempts")}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t("colWhen")}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t("colNext")}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t("colError")}
              </th>
              <th scope="col" className="px-3 py-2.5">
                <span className="sr-only">{t("retry")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.emails.map((email) => (
              <tr key={email.id} className="align-top">
                <td className="px-3 py-2.5">
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STYLE[email.status]}`}>
                    {t(`outboxStatus.${email.status}`)}
                  </span>
                </td>
                <td className="max-w-[14rem] truncate px-3 py-2.5" title={email.to}>
                  {email.to}
                </td>
                <td className="max-w-xs px-3 py-2.5">
                  <span className="line-clamp-2">{email.subject}</span>
                </td>
                <td className="px-3 py-2.5 text-right tabular-nums">{email.attempts}</td>
                <td className="px-3 py-2.5 text-xs whitespace-nowrap text-slate-600" suppressHydrationWarning>
                  {date(email.createdAt)}
                </td>
                <td className="px-3 py-2.5 text-xs whitespace-nowrap text-slate-600" suppressHydrationWarning>
                  {email.status === "SENT"
                    ? date(email.sentAt)
                    : email.status === "PENDING"
                      ? date(email.nextAttemptAt)
                      : "—"}
                </td>
                <td className="max-w-xs px-3 py-2.5 text-xs text-red-700">
                  <span className="line-clamp-2" title={email.lastError ?? undefined}>
                    {email.lastError ?? ""}
                  </span>
                </td>
                <td className="px-3 py-2.5 text-right">
                  {email.status === "FAILED" ? (
                    <Button
                      type="button"
                      size="sm"
                      variant="secondary"
                      disabled={pending}
                      onClick={() =>
                        startTransition(async () => {
                          const result = await retry(email.id);
                          if (result.ok) toast.success(t("retried"));
                          else toast.error(result.message ?? "");
                        })
                      }
                    >
                      {t("retry")}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {!data.emails.length ? <p className="px-6 py-12 text-center text-sm text-slate-500">{t("empty")}</p> : null}
      </div>
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
