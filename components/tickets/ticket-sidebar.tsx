"use client";

import { languageName, localize } from "@/lib/i18n/locales";
import { BadgeCheck, Crown, ExternalLink, KeyRound, UserRound } from "lucide-react";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { Card } from "@/components/ui/card";
import { useApi } from "@/lib/client/hooks";
import type { TicketDetailDto } from "@/lib/contracts/ticket";
import { SlaBadge } from "./sla-badge";
import { ZONED_STAMP } from "@/lib/i18n/formats";

/** The requester, the SLA targets and the ticket's facts, beside the thread. */
export function TicketSidebar({ ticket, properties }: { ticket: TicketDetailDto; properties: React.ReactNode }) {
  const t = useTranslations("tickets");
  const tExchange = useTranslations("exchange.panel");
  const format = useFormatter();
  const locale = useLocale();
  const api = useApi();
  const [pending, startTransition] = useTransition();
  const date = (iso: string) => format.dateTime(new Date(iso), ZONED_STAMP);

  function newLink() {
    if (!window.confirm(t("agent.newLinkConfirm"))) return;
    startTransition(async () => {
      const result = await api.request(`/api/v1/tickets/${ticket.ref}/tracking-key`, { method: "POST" });
      if (result.ok) toast.success(t("agent.newLinkSent"));
      else toast.error(result.message);
    });
  }

  const heading = "text-xs font-semibold tracking-wide text-slate-500 uppercase";
  return (
    <div className="space-y-4">
      <Card className="p-4">
        <h2 className={heading}>{t("agent.requester")}</h2>
        <div className="mt-3 flex items-start gap-3">
          <span
            aria-hidden
            className="flex size-10 items-center justify-center rounded-full bg-slate-100 text-slate-600"
          >
            <UserRound className="size-5" />
          </span>
          <div className="min-w-0 text-sm">
            <p className="font-semibold text-slate-900">{ticket.requester.name}</p>
            {ticket.requester.email ? <p className="break-all text-slate-600">{ticket.requester.email}</p> : null}
            <p className="mt-1 flex flex-wrap gap-1.5">
              {ticket.verified ? (
                <span
                  className="inline-flex items-center gap-1 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-800"
                  data-testid="verified-badge"
                >
                  <BadgeCheck aria-hidden className="size-3" />
                  {tExchange("verified")}
                </span>
              ) : null}
              {ticket.requester.isGuest ? (
                <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
                  {t("agent.guestBadge")}
                </span>
              ) : null}
              {ticket.requester.vipLevel ? (
                <span className="inline-flex items-center gap-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
                  <Crown aria-hidden className="size-3" />
                  {t("agent.vipBadge", { level: ticket.requester.vipLevel })}
                </span>
              ) : null}
            </p>
          </div>
        </div>
      </Card>

      <Card className="p-4">
        <h2 className={heading}>{t("agent.properties")}</h2>
        <div className="mt-3">{properties}</div>
      </Card>

      <Card className="p-4">
        <h2 className={heading}>{t("agent.sla")}</h2>
        <dl className="mt-3 space-y-3 text-sm">
          {(["firstResponse", "resolution"] as const).map((target) => (
            <div key={target} className="flex items-start justify-between gap-2">
              <dt className="text-slate-600">{t(`sla.${target}`)}</dt>
              <dd className="text-right">
                <SlaBadge badge={ticket[target].badge} dueAt={ticket[target].doneAt ?? ticket[target].dueAt} />
                {ticket[target].dueAt ? (
                  <span className="mt-0.5 block text-xs text-slate-500" suppressHydrationWarning>
                    {t("sla.due", { time: date(ticket[target].dueAt!) })}
                  </span>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      </Card>

      <Card className="p-4">
        <h2 className={heading}>{t("agent.details")}</h2>
        <dl className="mt-3 space-y-2 text-sm">
          <div className="flex justify-between gap-2">
            <dt className="text-slate-600">{t("agent.channel")}</dt>
            <dd>{t(`channel.${ticket.channel}`)}</dd>
          </div>
          {ticket.topic ? (
            <div className="flex justify-between gap-2">
              <dt className="text-slate-600">{t("agent.topic")}</dt>
              <dd className="text-right">{localize(ticket.topic.name, locale)}</dd>
            </div>
          ) : null}
          <div className="flex justify-between gap-2">
            <dt className="text-slate-600">{t("agent.language")}</dt>
            <dd lang={ticket.locale} data-testid="ticket-language">
              {languageName(ticket.locale, locale)}
            </dd>
          </div>
          <div className="flex justify-between gap-2">
            <dt className="text-slate-600">{t("agent.created")}</dt>
            <dd suppressHydrationWarning>{date(ticket.createdAt)}</dd>
          </div>
        </dl>
        <div className="mt-3 flex flex-col items-start gap-1.5 border-t border-slate-100 pt-3 text-sm">
          {ticket.conversationId ? (
            <Link
              href={`/console/chats/${ticket.conversationId}`}
              className="inline-flex items-center gap-1.5 text-brand-700 hover:underline"
            >
              <ExternalLink aria-hidden className="size-3.5" />
              {t("agent.conversation")}
            </Link>
          ) : null}
          <button
            type="button"
            onClick={newLink}
            disabled={pending || ticket.status === "CLOSED"}
            className="inline-flex items-center gap-1.5 text-slate-600 hover:text-slate-900 disabled:opacity-50"
          >
            <KeyRound aria-hidden className="size-3.5" />
            {t("agent.newLink")}
          </button>
        </div>
      </Card>
    </div>
  );
}
