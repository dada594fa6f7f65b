"use client";

import { localize } from "@/lib/i18n/locales";
import { Radio } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TicketDetailDto } from "@/lib/contracts/ticket";
import { StatusBadge } from "./badges";
import { CustomerReplyBox } from "./customer-reply-box";
import { StatusTimeline } from "./status-timeline";
import { TicketRatingPanel } from "./ticket-rating-panel";
import { TicketThread } from "./ticket-thread";
import { TrackingLinkPanel } from "./tracking-link-panel";
import { useTicketLive } from "./use-ticket-live";
import { ZONED_STAMP } from "@/lib/i18n/formats";

/** The customer's ticket page (tracking link or "My tickets"): progress, the public thread, reply and reopen — live. */
export function CustomerTicketView({
  initial,
  trackingKey,
  canAttach,
}: {
  initial: TicketDetailDto;
  trackingKey: string | null;
  canAttach: boolean;
}) {
  const t = useTranslations("tickets");
  const format = useFormatter();
  const locale = useLocale();
  const { ticket, live, reload } = useTicketLive(initial, trackingKey);
  const hint = ticket.mergedInto
    ? null
    : ticket.status === "PENDING"
      ? t("detail.waitingHint")
      : ticket.status === "SOLVED" && ticket.reopenableUntil
        ? t("detail.solvedHint", {
            date: format.dateTime(new Date(ticket.reopenableUntil), ZONED_STAMP),
          })
        : ticket.status === "CLOSED" || ticket.status === "SOLVED"
          ? t("detail.closedHint")
          : null;

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card className="p-5 sm:p-6">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="font-mono text-sm font-semibold text-brand-700" data-testid="ticket-ref">
                {ticket.ref}
              </p>
              <h1 className="mt-1 text-xl font-bold tracking-tight text-slate-900 sm:text-2xl">{ticket.subject}</h1>
              <p className="mt-1 text-sm text-slate-500" suppressHydrationWarning>
                {t("detail.opened", {
                  date: format.dateTime(new Date(ticket.createdAt), ZONED_STAMP),
                })}
              </p>
            </div>
            <StatusBadge status={ticket.status} audience="customer" />
          </div>
          <div className="mt-6">
            <StatusTimeline status={ticket.status} />
          </div>
          {ticket.mergedInto ? (
            <p className="mt-5 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900" role="status">
              {t("detail.mergedNotice", { ref: ticket.mergedInto.ref })}{" "}
              <a href={ticket.mergedInto.href} className="font-medium underline" data-testid="merged-into">
                {t("detail.mergedOpen", { ref: ticket.mergedInto.ref })}
              </a>
            </p>
          ) : null}
          {hint ? (
            <p
              className={`mt-5 rounded-lg px-4 py-3 text-sm ${ticket.status === "PENDING" ? "bg-violet-50 text-violet-900" : "bg-slate-50 text-slate-700"}`}
              role="status"
            >
              {hint}
            </p>
          ) : null}
        </Card>

        <section aria-labelledby="conversation-title" className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
            <h2 id="conversation-title" className="text-lg font-semibold text-slate-900">
              {t("detail.conversation")}
            </h2>
            <p
              className={`inline-flex items-center gap-1.5 text-xs ${live ? "text-emerald-700" : "text-slate-400"}`}
              aria-live="polite"
              data-testid="live-state"
            >
              {live ? <Radio aria-hidden className="size-3.5" /> : null}
              {live ? t("detail.live") : null}
            </p>
          </div>
          <TicketThread entries={ticket.entries} audience="customer" />
        </section>

        {!ticket.mergedInto && (ticket.status === "SOLVED" || ticket.status === "CLOSED") ? (
          <TicketRatingPanel ticket={ticket} trackingKey={trackingKey} onReopened={reload} />
        ) : null}

        {ticket.mergedInto ? null : ticket.status === "CLOSED" ||
          (ticket.status === "SOLVED" && !ticket.reopenableUntil) ? (
          <Card className="flex flex-col items-start gap-3 p-5 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-slate-700">{t("detail.closedHint")}</p>
            <ButtonLink href="/tickets/new" variant="secondary">
              {t("detail.newRequest")}
            </ButtonLink>
          </Card>
        ) : (
          <CustomerReplyBox ticket={ticket} trackingKey={trackingKey} canAttach={canAttach} onSent={reload} />
        )}
      </div>

      <aside className="space-y-4">
        <Card className="p-5 text-sm">
          <dl className="space-y-3">
            {ticket.topic ? (
              <div>
                <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t("agent.topic")}</dt>
                <dd className="mt-0.5 text-slate-800">{localize(ticket.topic.name, locale)}</dd>
              </div>
            ) : null}
            <div>
              <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t("agent.channel")}</dt>
              <dd className="mt-0.5 text-slate-800">{t(`channel.${ticket.channel}`)}</dd>
            </div>
            {ticket.requester.email ? (
              <div>
                <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t("form.email")}</dt>
                <dd className="mt-0.5 break-all text-slate-800">{ticket.requester.email}</dd>
              </div>
            ) : null}
          </dl>
        </Card>
        {ticket.viewer === "requester" ? <TrackingLinkPanel ticketRef={ticket.ref} /> : null}
      </aside>
    </div>
  );
}
