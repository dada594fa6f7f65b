"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
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
  const [pending, startTransition] = useTransition();
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
  return (
    <div className="space-y-3 p-4">
      <nav className="flex flex-wrap gap-1" aria-label={t("setAside")}>
        {tab(null, t("filterAll"))}
        {tab("FAILED", t("status.FAILED", { count: data.failed }))}
        {tab("IGNORED", t("status.IGNORED"))}
      </nav>
      {data.emails.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noneSetAside")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[760px] text-left text-sm" data-testid="inbound-table">
            <thead className="border-b border-slate-200 text-xs font-medium tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("colWhen")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("colFrom")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("colSubject")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("colReason")}
                </th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">{t("retry")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.emails.map((email) => (
                <tr key={email.id} className="align-top">
                  <td className="px-3 py-2 text-xs whitespace-nowrap text-slate-600" suppressHydrationWarning>
                    {format.dateTime(new Date(email.receivedAt), { dateStyle: "short", timeStyle: "medium" })}
                  </td>
                  <td className="max-w-[14rem] truncate px-3 py-2" title={email.fromAddress ?? ""}>
                    {email.fromAddress ?? "—"}
                  </td>
                  <td className="max-w-xs px-3 py-2">
                    <span className="line-clamp-2">{email.subject || "—"}</span>
                  </td>
                  <td className="max-w-xs px-3 py-2 text-xs">
                    <span className={email.status === "FAILED" ? "text-red-700" : "text-slate-600"}>
                      {reason(email.reason)}
                    </span>
                  </td>
                  <td className="px-3 py-2 text-right">
                    {email.status === "FAILED" ? (
                      <Button
                        variant="secondary"
                        disabled={pending}
                        onClick={() =>
                          startTransition(async () => {
                            const result = await retry(email.id);
                            if (result.ok) toast.success(t("retried"));
                            else toast.error(result.message ?? t("retry"));
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
        </div>
      )}
    </div>
  );
}
