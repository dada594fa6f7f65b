"use client";

import { useLocale, useTranslations } from "next-intl";
import type { MessageDto, SystemEvent } from "@/lib/contracts/chat";

/** An event in the conversation (joined, transferred, ended), in the reader's language. */
export function SystemLine({ message }: { message: MessageDto }) {
  const t = useTranslations("chat.system");
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
      text = t("transferredTeam", { team: locale === "en" ? event.teamEn : event.teamZh });
      break;
    case "closed":
      text = event.by === "CUSTOMER" ? t("closedByCustomer") : t("closedByAgent", { name: event.name });
      break;
  }
  return (
    <div className="flex items-center gap-3 py-1 text-xs text-slate-500" data-testid="system-message">
      <span aria-hidden className="h-px flex-1 bg-slate-200" />
      <span className="text-center">{text}</span>
      <span aria-hidden className="h-px flex-1 bg-slate-200" />
    </div>
  );
}
