"use client";

import { Inbox, MessagesSquare, Timer } from "lucide-react";
import { useTranslations } from "next-intl";
import { useLiveSocket } from "@/components/chat/use-live-socket";
import type { QueueEntryDto } from "@/lib/contracts/chat";
import type { InboxItem } from "@/lib/realtime/chat-types";
import { useInbox } from "./use-inbox";

type Props = { me: string; maxConcurrentChats: number; initialInbox: InboxItem[]; initialQueue: QueueEntryDto[] };

/**
 * The overview's counters, from the same live inbox as the list beside it (so they always agree): my open chats
 * out of my capacity, the chats waiting in the queue the list shows, and my unread messages.
 */
export function LiveStats({ me, maxConcurrentChats, initialInbox, initialQueue }: Props) {
  const t = useTranslations("consoleChat.overview");
  const { socket } = useLiveSocket(true);
  const { mine, queue } = useInbox(socket, me, null, { mine: initialInbox, queue: initialQueue });
  const stats = [
    { key: "mine", icon: MessagesSquare, label: t("myChats"), value: `${mine.length} / ${maxConcurrentChats}` },
    { key: "waiting", icon: Timer, label: t("waiting"), value: String(queue.length) },
    { key: "unread", icon: Inbox, label: t("unread"), value: String(mine.reduce((sum, item) => sum + item.unread, 0)) },
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      {stats.map(({ key, icon: Icon, label, value }) => (
        <div key={key} className="rounded-xl border border-slate-200 bg-slate-50 p-4" data-testid={`overview-${key}`}>
          <dt className="flex items-center gap-1.5 text-xs font-medium text-slate-500">
            <Icon aria-hidden className="size-4" />
            {label}
          </dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
