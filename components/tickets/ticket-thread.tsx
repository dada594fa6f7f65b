"use client";

import { localize } from "@/lib/i18n/locales";
import { History, Lock, MessagesSquare } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { TicketEntryDto } from "@/lib/contracts/ticket";
import type { NamedRef } from "@/lib/contracts/ticket";
import { AttachmentList } from "./attachment-list";
import { ZONED_STAMP } from "@/lib/i18n/formats";

type Audience = "agent" | "customer";

function Initial({ name, tone }: { name: string; tone: "brand" | "slate" | "amber" }) {
  const colors = {
    brand: "bg-brand-100 text-brand-800",
    slate: "bg-slate-200 text-slate-700",
    amber: "bg-amber-200 text-amber-900",
  };
  return (
    <span
      aria-hidden
      className={`flex size-9 shrink-0 items-center justify-center rounded-full text-sm font-semibold ${colors[tone]}`}
    >
      {[...name.trim()][0]?.toUpperCase() ?? "?"}
    </span>
  );
}

function EventLine({ entry, audience, teams }: { entry: TicketEntryDto; audience: Audience; teams: NamedRef[] }) {
  const t = useTranslations("tickets");
  const priority = useTranslations("priority");
  const format = useFormatter();
  const locale = useLocale();
  const event = entry.event!;
  const name = entry.author?.name ?? t("agent.system");
  const status = (s?: string | null) =>
    s ? (audience === "agent" ? t(`agentStatus.${s}` as "agentStatus.NEW") : t(`status.${s}` as "status.NEW")) : "—";
  const team = (id?: string | null) => {
    const found = teams.find((x) => x.id === id);
    return found ? localize(found.name, locale) : t("agent.noTeam");
  };
  const tExchange = useTranslations("exchange.timeline");
  const notice = event.notice;
  const noticeText = () =>
    notice
      ? tExchange("notice", {
          notice: localize(notice.notice, locale),
          time: format.dateTime(new Date(notice.at), ZONED_STAMP),
        })
      : "";
  let text: string;
  if (event.type === "accountAction") {
    text =
      audience === "customer"
        ? noticeText()
        : tExchange("agentDone", { name, action: notice ? localize(notice.name, locale) : "" });
  } else if (audience === "customer") {
    text =
      event.type === "reopened"
        ? t("detail.event.reopened")
        : event.type === "converted"
          ? t("detail.event.converted")
          : event.type === "merged"
            ? t("detail.event.merged", { to: event.to ?? "" })
            : event.type === "mergedFrom"
              ? t("detail.event.mergedFrom", { from: event.from ?? "" })
              : t("detail.event.status", { to: status(event.to) });
  } else {
    switch (event.type) {
      case "status":
        text = t("agent.event.status", { name, from: status(event.from), to: status(event.to) });
        break;
      case "priority":
        text = t("agent.event.priority", {
          name,
          from: priority((event.from ?? "NORMAL") as "LOW"),
          to: priority((event.to ?? "NORMAL") as "LOW"),
        });
        break;
      case "assignee":
        text = event.to
          ? t("agent.event.assigneeSet", { name, to: event.to })
          : t("agent.event.assigneeCleared", { name, from: event.from ?? "—" });
        break;
      case "team":
        text = t("agent.event.team", { name, to: team(event.to) });
        break;
      case "tags":
        text = t("agent.event.tags", {
          name,
          changes: [...(event.added ?? []).map((x) => `+${x}`), ...(event.removed ?? []).map((x) => `−${x}`)].join(" "),
        });
        break;
      case "slaBreached":
        text = t("agent.event.slaBreached", {
          target: t(`sla.${event.to === "firstResponse" ? "firstResponse" : "resolution"}`),
        });
        break;
      case "mergedFrom":
        text = t("agent.event.mergedFrom", { name, from: event.from ?? "" });
        break;
      case "merged":
      case "linked":
      case "unlinked":
      case "subject":
      case "reopened":
      case "trackingKey":
      case "converted":
      case "created":
        text = t(`agent.event.${event.type}`, { name, to: event.to ?? "" });
        break;
      default:
        text = event.type;
    }
  }
  const breach = event.type === "slaBreached";
  return (
    <li
      className={`flex items-center gap-2 px-2 text-xs ${breach ? "text-red-700" : "text-slate-500"}`}
      data-testid="ticket-event"
    >
      <History aria-hidden className="size-3.5 shrink-0" />
      <span>{text}</span>
      <span aria-hidden>·</span>
      <time dateTime={entry.createdAt} suppressHydrationWarning>
        {format.dateTime(new Date(entry.createdAt), ZONED_STAMP)}
      </time>
    </li>
  );
}

function Message({ entry, audience }: { entry: TicketEntryDto; audience: Audience }) {
  const t = useTranslations("tickets");
  const tExchange = useTranslations("exchange.timeline");
  const format = useFormatter();
  const note = entry.kind === "NOTE";
  const transcript = !entry.author;
  const fromCustomer = entry.author?.side === "CUSTOMER";
  const mine = audience === "customer" && fromCustomer;
  const name = transcript
    ? t("detail.transcript")
    : audience === "customer" && fromCustomer
      ? t("detail.you")
      : entry.author!.name;
  const tone = note ? "amber" : fromCustomer ? "slate" : "brand";
  const box = note
    ? "border-amber-300 bg-amber-50"
    : transcript
      ? "border-slate-200 bg-slate-50"
      : mine
        ? "border-brand-200 bg-brand-50"
        : "border-slate-200 bg-white";
  return (
    <li className={`flex gap-3 ${mine ? "flex-row-reverse" : ""}`} data-testid={note ? "ticket-note" : "ticket-reply"}>
      {transcript ? (
        <span
          aria-hidden
          className="flex size-9 shrink-0 items-center justify-center rounded-full bg-slate-200 text-slate-600"
        >
          <MessagesSquare className="size-4" />
        </span>
      ) : (
        <Initial name={entry.author!.name} tone={tone} />
      )}
      <article
        className={`max-w-[85%] min-w-0 flex-1 rounded-2xl border px-4 py-3 shadow-sm ${box} ${mine ? "sm:flex-none" : ""}`}
      >
        <header className="mb-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          <span className="font-semibold text-slate-900">{name}</span>
          {entry.event?.type === "caseUpdate" ? (
            <span
              className="rounded bg-sky-100 px-1.5 py-0.5 text-[11px] font-medium text-sky-800"
              data-testid="case-update"
            >
              {tExchange("caseUpdateBadge")}
            </span>
          ) : null}
          {audience === "agent" && !transcript ? (
            <span
              className={`rounded px-1.5 py-0.5 text-[11px] font-medium ${fromCustomer ? "bg-slate-100 text-slate-600" : "bg-brand-100 text-brand-800"}`}
            >
              {fromCustomer ? t("agent.requester") : t("agent.sideAgent")}
            </span>
          ) : null}
          {note ? (
            <span className="inline-flex items-center gap-1 rounded bg-amber-200 px-1.5 py-0.5 text-[11px] font-semibold text-amber-900">
              <Lock aria-hidden className="size-3" />
              {t("agent.note")} · {t("agent.noteHint")}
            </span>
          ) : null}
          <time className="text-xs text-slate-500" dateTime={entry.createdAt} suppressHydrationWarning>
            {format.dateTime(new Date(entry.createdAt), ZONED_STAMP)}
          </time>
        </header>
        <div
          className={`text-[15px] leading-relaxed break-words whitespace-pre-wrap text-slate-800 ${transcript ? "font-mono text-[13px]" : ""}`}
        >
          {entry.body}
        </div>
        <AttachmentList files={entry.attachments} />
      </article>
    </li>
  );
}

/**
 * The thread: replies as messages (the customer's own on the right in the portal), internal notes in amber with a
 * lock (agents only ever receive them), events as quiet lines.
 */
export function TicketThread({
  entries,
  audience,
  teams = [],
}: {
  entries: TicketEntryDto[];
  audience: Audience;
  teams?: NamedRef[];
}) {
  return (
    <ol className="space-y-4" data-testid="ticket-thread">
      {entries.map((entry) =>
        entry.kind === "EVENT" ? (
          <EventLine key={entry.id} entry={entry} audience={audience} teams={teams} />
        ) : (
          <Message key={entry.id} entry={entry} audience={audience} />
        ),
      )}
    </ol>
  );
}
