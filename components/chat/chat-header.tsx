"use client";

import { Headset, Minus, WifiOff } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { ChatMenu } from "./chat-menu";
import type { PresenceDto } from "@/lib/contracts/bot";
import type { QueueWait } from "@/lib/contracts/routing";
import type { ConversationDto } from "@/lib/contracts/chat";

type Props = {
  conversation: ConversationDto | null;
  position: number | null;
  wait?: QueueWait | null;
  connected: boolean;
  /** The desk's real presence (null while unknown): no "we usually reply within minutes" while nobody is online. */
  presence?: PresenceDto | null;
  onHuman?(): void;
  onEnd?(): void;
  onDownload?(): void;
  onMinimize?(): void;
};

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : [...name.trim()].slice(0, 2).join("");
  return letters.toUpperCase();
}

/** Who the customer is talking to and where the chat stands: waiting (with place in line), with an agent, ended. */
export function ChatHeader({
  conversation,
  position,
  wait,
  connected,
  presence,
  onHuman,
  onEnd,
  onDownload,
  onMinimize,
}: Props) {
  const t = useTranslations("chat");
  const tBot = useTranslations("bot");
  const tAnswer = useTranslations("botAnswers");
  const format = useFormatter();
  const back = presence?.nextStaffedAt
    ? format.dateTime(new Date(presence.nextStaffedAt), { weekday: "short", hour: "2-digit", minute: "2-digit" })
    : null;
  const nobody =
    presence && !presence.online
      ? back
        ? tAnswer("presenceNobodyUntil", { when: back })
        : tAnswer("presenceNobody")
      : null;

  const status = conversation?.status;
  const agent = status === "ACTIVE" ? conversation?.assigneeName : null;
  const waitText =
    wait?.label === "soon"
      ? t("header.waitSoon")
      : wait?.label === "minutes" && wait.minutes
        ? t("header.waitMinutes", { minutes: wait.minutes })
        : wait?.label === "longer"
          ? t("header.waitLonger")
          : wait?.label === "unknown"
            ? tAnswer("waitNobody")
            : null;
  const subtitle =
    status === "CLOSED"
      ? t("header.closed")
      : agent
        ? t("header.agentSubtitle")
        : status === "BOT"
          ? (nobody ?? t("header.bot"))
          : status === "QUEUED"
            ? [position ? t("header.position", { position }) : t("header.waiting"), waitText]
                .filter(Boolean)
                .join(" · ")
            : (nobody ?? (presence ? t("header.replyTime") : ""));
  // Green only when someone can answer: an agent in the chat, or someone of the team online.
  const available =
    connected && (Boolean(agent) || (presence ? presence.online : status !== "QUEUED" || wait?.label !== "unknown"));

  return (
    <div className="flex items-center gap-3 bg-gradient-to-r from-slate-900 to-slate-800 px-4 py-3 text-white">
      <span
        className="relative inline-flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-semibold"
        aria-hidden
      >
        {agent ? initials(agent) : <Headset className="size-5" />}
        <span
          className={`absolute right-0 bottom-0 size-2.5 rounded-full ring-2 ring-slate-900 ${available ? "bg-emerald-400" : "bg-slate-400"}`}
          data-testid="presence-dot"
          data-online={available ? "yes" : "no"}
        />
      </span>
      <div className="min-w-0 flex-1">
        <p className="truncate font-semibold">
          {agent ? (
            <span aria-label={t("header.withAgent", { name: agent })}>{agent}</span>
          ) : status === "BOT" ? (
            tBot("name")
          ) : (
            t("header.title")
          )}
        </p>
        <p className="line-clamp-2 text-xs text-slate-300" aria-live="polite" data-testid="chat-status">
          {subtitle}
        </p>
      </div>
      {!connected && conversation ? (
        <span className="inline-flex items-center gap-1 rounded-full bg-amber-400/20 px-2 py-0.5 text-xs text-amber-200">
          <WifiOff aria-hidden className="size-3.5" />
          <span className="hidden sm:inline">{t("header.offline")}</span>
        </span>
      ) : null}
      {conversation && (onEnd || onDownload) ? (
        <ChatMenu
          label={t("header.menu")}
          items={{
            human: onHuman && status === "BOT" ? onHuman : undefined,
            download: onDownload,
            end: onEnd && status !== "CLOSED" ? onEnd : undefined,
          }}
        />
      ) : null}
      {onMinimize ? (
        <button
          type="button"
          onClick={onMinimize}
          aria-label={t("widget.minimize")}
          className="rounded-lg p-1.5 text-slate-300 hover:bg-white/10 hover:text-white"
        >
          <Minus aria-hidden className="size-5" />
        </button>
      ) : null}
    </div>
  );
}
