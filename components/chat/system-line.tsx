"use client";

import { localize } from "@/lib/i18n/locales";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { MessageDto, SystemEvent } from "@/lib/contracts/chat";

/** An event in the conversation (joined, transferred, ended), in the reader's language. */
export function SystemLine({ message }: { message: MessageDto }) {
  const t = useTranslations("chat.system");
  const tExchange = useTranslations("exchange.timeline");
  const format = useFormatter();
  const locale = useLocale();
  const event = message.meta as SystemEvent | null;
  let text = message.body;
  switch (event?.event) {
    case "agent_joined":
      text = t("agentJoined", { name: event.name });
      break;
    case "transferred_agent":
      text = t("transferredAgent", { name: event.to });
      break;
    case "transferred_team":
      text = t("transferredTeam", { team: localize(event.team, locale) });
      break;
    case "closed":
      text = event.by === "CUSTOMER" ? t("closedByCustomer") : t("closedByAgent", { name: event.name });
      break;
    case "account_action":
      text = tExchange("notice", {
        notice: localize(event.notice, locale),
        time: format.dateTime(new Date(event.at), { dateStyle: "medium", timeStyle: "short" }),
      });
      return (
        <p
          role="status"
          className="my-2 rounded-xl border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          data-testid="account-action-notice"
        >
          {text}
        </p>
      );
    case "case_update":
      return (
        <div
          className="my-2 rounded-xl border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-slate-800"
          data-testid="case-update"
        >
          <p className="text-xs font-semibold text-sky-800">{tExchange("caseUpdate", { name: event.name })}</p>
          <p className="whitespace-pre-wrap">{event.body}</p>
        </div>
      );
  }
  return (
    <div className="flex items-center gap-3 py-1 text-xs text-slate-500" data-testid="system-message">
      <span aria-hidden className="h-px flex-1 bg-slate-200" />
      <span className="text-center">{text}</span>
      <span aria-hidden className="h-px flex-1 bg-slate-200" />
    </div>
  );
}
