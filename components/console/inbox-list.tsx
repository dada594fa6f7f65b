"use client";

import { localize } from "@/lib/i18n/locales";
import { Crown, Loader2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useFormatWait } from "@/components/ui/use-format-wait";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { initials } from "@/components/chat/chat-header";
import { plainPreview } from "@/components/chat/format";
import { useLiveSocket } from "@/components/chat/use-live-socket";
import { useCommand } from "@/lib/client/hooks";
import type { InboxItem, TopicName } from "@/lib/realtime/chat-types";
import type { QueueEntryDto } from "@/lib/contracts/chat";
import { useInbox, useNow } from "./use-inbox";

type Props = {
  me: string;
  myTeamIds: string[];
  topics: TopicName[];
  initialInbox: InboxItem[];
  initialQueue: QueueEntryDto[];
};

const PRIORITY_DOT: Record<string, string> = {
  URGENT: "bg-red-500",
  HIGH: "bg-orange-400",
  NORMAL: "bg-sky-400",
  LOW: "bg-slate-300",
};

/** My chats and the unassigned queue, live. Alt+J / Alt+K move to the next / previous chat. */
export function InboxList({ me, myTeamIds, topics, initialInbox, initialQueue }: Props) {
  const t = useTranslations("consoleChat");
  const formatWait = useFormatWait();
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const openId = pathname.startsWith("/console/chats/") ? pathname.split("/")[3] : null;
  const { socket } = useLiveSocket(true);
  const send = useCommand();
  const { mine, queue } = useInbox(socket, me, openId, { mine: initialInbox, queue: initialQueue });
  const now = useNow();
  const [accepting, setAccepting] = useState<string | null>(null);
  const topicName = (id: string | null) => {
    const topic = topics.find((tp) => tp.id === id);
    return topic ? localize(topic.name, locale) : null;
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || (event.code !== "KeyJ" && event.code !== "KeyK")) return;
      const ids = [...mine.map((item) => item.conversation.id), ...queue.map((entry) => entry.conversationId)];
      if (!ids.length) return;
      event.preventDefault();
      const index = openId ? ids.indexOf(openId) : -1;
      const next = event.code === "KeyJ" ? ids[(index + 1) % ids.length] : ids[(index - 1 + ids.length) % ids.length];
      router.push(`/console/chats/${next}`);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [mine, queue, openId, router]);

  async function accept(conversationId: string) {
    if (!socket) return;
    setAccepting(conversationId);
    const result = await send(socket, "conversation.accept", { conversationId });
    setAccepting(null);
    if (!result.ok) return void toast.error(result.code === "NETWORK" ? t("offline") : result.message);
    router.push(`/console/chats/${conversationId}`);
  }

  const ordered = [...queue].sort(
    (a, b) => Number(myTeamIds.includes(b.teamId ?? "")) - Number(myTeamIds.includes(a.teamId ?? "")),
  );
  return (
    <nav
      aria-label={t("inboxLabel")}
      className="flex h-full min-h-0 flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white"
      data-testid="inbox"
    >
      <div className="min-h-0 flex-1 overflow-y-auto">
        <h2 className="sticky top-0 z-10 flex items-center justify-between border-b border-slate-100 bg-white/95 px-4 py-2.5 text-xs font-semibold tracking-wide text-slate-500 uppercase backdrop-blur">
          {t("mine")}
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-600">{mine.length}</span>
        </h2>
        {mine.length === 0 ? <p className="px-4 py-5 text-sm text-slate-500">{t("mineEmpty")}</p> : null}
        <ul>
          {mine.map(({ conversation, unread, preview, lastMessageAt }) => {
            const active = conversation.id === openId;
            return (
              <li key={conversation.id}>
                <Link
                  href={`/console/chats/${conversation.id}`}
                  aria-current={active ? "page" : undefined}
                  className={`flex gap-3 border-l-4 px-3 py-3 ${active ? "border-brand-500 bg-brand-50/70" : "border-transparent hover:bg-slate-50"}`}
                  data-testid="inbox-mine"
                >
                  <span
                    className="inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-slate-800 text-xs font-semibold text-white"
                    aria-hidden
                  >
                    {initials(conversation.customerName)}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="flex items-center gap-1.5">
                      <span
                        className={`truncate text-sm ${unread ? "font-semibold text-slate-900" : "font-medium text-slate-800"}`}
                      >
                        {conversation.customerName}
                      </span>
                      {conversation.customerVipLevel >= 3 ? (
                        <Crown
                          aria-label={t("vip", { level: conversation.customerVipLevel })}
                          className="size-3.5 shrink-0 text-amber-500"
                        />
                      ) : null}
                      <time className="ml-auto shrink-0 text-[0.6875rem] text-slate-500" suppressHydrationWarning>
                        {formatWait(now - new Date(lastMessageAt).getTime())}
                      </time>
                    </span>
                    <span className="mt-0.5 flex items-center gap-2">
                      <span className={`line-clamp-1 flex-1 text-xs ${unread ? "text-slate-700" : "text-slate-500"}`}>
                        {preview ? plainPreview(preview) : (topicName(conversation.topicId) ?? "—")}
                      </span>
                      {unread ? (
                        <span
                          className="rounded-full bg-brand-700 px-1.5 text-[0.6875rem] leading-5 font-semibold text-white"
                          aria-label={t("unread", { count: unread })}
                          data-testid="unread-badge"
                        >
                          {unread}
                        </span>
                      ) : null}
                    </span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
        <h2 className="sticky top-0 z-10 mt-2 flex items-center justify-between border-y border-slate-100 bg-white/95 px-4 py-2.5 text-xs font-semibold tracking-wide text-slate-500 uppercase backdrop-blur">
          {t("unassigned")}
          <span
            className={`rounded-full px-2 py-0.5 ${queue.length ? "bg-amber-100 text-amber-800" : "bg-slate-100 text-slate-600"}`}
          >
            {queue.length}
          </span>
        </h2>
        {queue.length === 0 ? <p className="px-4 py-5 text-sm text-slate-500">{t("queueEmpty")}</p> : null}
        <ul>
          {ordered.map((entry) => {
            const waited = now - new Date(entry.waitingSince).getTime();
            const mineTeam = myTeamIds.includes(entry.teamId ?? "");
            return (
              <li
                key={entry.conversationId}
                className={`border-l-4 px-3 py-3 ${entry.conversationId === openId ? "border-brand-500 bg-brand-50/70" : "border-transparent"}`}
                data-testid="inbox-queue"
              >
                <div className="flex items-center gap-2">
                  <span
                    className={`size-2 shrink-0 rounded-full ${PRIORITY_DOT[entry.priority]}`}
                    title={entry.priority}
                    aria-hidden
                  />
                  <Link
                    href={`/console/chats/${entry.conversationId}`}
                    className="truncate text-sm font-medium text-slate-800 hover:underline"
                  >
                    {entry.customerName}
                  </Link>
                  {entry.vipLevel >= 3 ? (
                    <Crown
                      aria-label={t("vip", { level: entry.vipLevel })}
                      className="size-3.5 shrink-0 text-amber-500"
                    />
                  ) : null}
                  <time
                    className={`ml-auto shrink-0 text-xs tabular-nums ${waited > 120_000 ? "font-semibold text-red-600" : "text-slate-500"}`}
                    suppressHydrationWarning
                    title={t("waiting")}
                  >
                    {formatWait(waited)}
                  </time>
                </div>
                <p className="mt-1 line-clamp-2 text-xs text-slate-500">
                  {entry.preview ? plainPreview(entry.preview) : "—"}
                </p>
                <div className="mt-2 flex items-center gap-2">
                  <span
                    className={`truncate rounded px-1.5 py-0.5 text-[0.6875rem] ${mineTeam ? "bg-brand-50 text-brand-800" : "bg-slate-100 text-slate-600"}`}
                  >
                    {topicName(entry.topicId) ?? t("noTopic")}
                  </span>
                  <button
                    type="button"
                    onClick={() => void accept(entry.conversationId)}
                    disabled={accepting !== null}
                    className="ml-auto inline-flex items-center gap-1 rounded-md bg-slate-900 px-2.5 py-1 text-xs font-medium text-white hover:bg-slate-700 disabled:opacity-60"
                    data-testid="accept"
                  >
                    {accepting === entry.conversationId ? (
                      <Loader2 aria-hidden className="size-3 animate-spin" />
                    ) : null}
                    {t("accept")}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      </div>
      <p className="border-t border-slate-100 px-4 py-2 text-[0.6875rem] text-slate-500">{t("listShortcuts")}</p>
    </nav>
  );
}
