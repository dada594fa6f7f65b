"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { localize, type LocalizedText } from "@/lib/i18n/locales";
import { Crown, Loader2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useFormatWait } from "@/components/ui/use-format-wait";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { plainPreview } from "@/components/chat/format";
import { DataTable } from "@/components/ui/data-table";
import { useLiveSocket } from "@/components/chat/use-live-socket";
import { useCommand } from "@/lib/client/hooks";
import { on } from "@/lib/realtime/client";
import type { AgentLoad, TeamOption, TopicName } from "@/lib/realtime/chat-types";
import type { QueueEntryDto } from "@/lib/contracts/chat";
import { useInbox, useNow } from "./use-inbox";

type Props = {
  me: string;
  myTeamIds: string[];
  topics: TopicName[];
  initialQueue: QueueEntryDto[];
  agents: AgentLoad[];
  teams: TeamOption[];
};

const STATUS_DOT = { ONLINE: "bg-emerald-500", AWAY: "bg-amber-400", OFFLINE: "bg-slate-300" } as const;
/** Sorting by priority puts the lowest first, as numbers go; the board's own order is the serving order. */
const PRIORITY_RANK: Record<string, number> = { LOW: 0, NORMAL: 1, HIGH: 2, URGENT: 3 };
/** Above this many waiting chats the board offers a filter box. */
const FILTER_FROM = 10;
const PRIORITY_STYLE: Record<string, string> = {
  URGENT: "bg-red-100 text-red-800",
  HIGH: "bg-orange-100 text-orange-800",
  NORMAL: "bg-sky-100 text-sky-800",
  LOW: "bg-slate-100 text-slate-600",
};

/** Everything waiting, longest first within priority, with live wait times; and every agent's presence and load. */
export function QueueBoard({ me, myTeamIds, topics, initialQueue, agents, teams }: Props) {
  const t = useTranslations("consoleChat");
  const formatWait = useFormatWait();
  const locale = useLocale();
  const router = useRouter();
  const { socket } = useLiveSocket(true);
  const send = useCommand();
  const { queue } = useInbox(socket, me, null, { mine: [], queue: initialQueue });
  const now = useNow();
  const [accepting, setAccepting] = useState<string | null>(null);
  const name = (list: { id: string; name: LocalizedText }[], id: string | null) => {
    const found = list.find((item) => item.id === id);
    return found ? localize(found.name, locale) : "—";
  };

  const columns: ColumnDef<QueueEntryDto>[] = [
    {
      id: "waited",
      header: t("queueBoard.waited"),
      accessorFn: (entry) => now - new Date(entry.waitingSince).getTime(),
      cell: ({ getValue }) => (
        <span
          className={`font-medium whitespace-nowrap tabular-nums ${getValue<number>() > 120_000 ? "text-red-600" : "text-slate-700"}`}
          suppressHydrationWarning
        >
          {formatWait(getValue<number>())}
        </span>
      ),
    },
    {
      id: "customer",
      header: t("queueBoard.customer"),
      accessorFn: (entry) => `${entry.customerName} ${entry.preview ? plainPreview(entry.preview) : ""}`,
      cell: ({ row: { original: entry } }) => (
        <>
          <span className="font-medium text-slate-900">{entry.customerName}</span>
          {entry.vipLevel > 0 ? (
            <span className="ml-1.5 inline-flex items-center gap-0.5 rounded-full bg-amber-100 px-1.5 text-[0.6875rem] font-semibold text-amber-800">
              <Crown aria-hidden className="size-3" />
              {entry.vipLevel}
            </span>
          ) : null}
          <span className="line-clamp-1 block max-w-md text-xs text-slate-500">
            {entry.preview ? plainPreview(entry.preview) : "—"}
          </span>
        </>
      ),
    },
    {
      id: "topic",
      header: t("queueBoard.topic"),
      accessorFn: (entry) => `${name(topics, entry.topicId)} ${name(teams, entry.teamId)}`,
      cell: ({ row: { original: entry } }) => (
        <>
          {name(topics, entry.topicId)}
          <span className="block text-xs text-slate-500">{name(teams, entry.teamId)}</span>
        </>
      ),
      meta: { className: "text-slate-600" },
    },
    {
      id: "priority",
      header: t("queueBoard.priority"),
      accessorFn: (entry) => PRIORITY_RANK[entry.priority] ?? 0,
      cell: ({ row: { original: entry } }) => (
        <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${PRIORITY_STYLE[entry.priority]}`}>
          {t(`priority.${entry.priority}`)}
        </span>
      ),
    },
    {
      id: "accept",
      header: () => <span className="sr-only">{t("accept")}</span>,
      cell: ({ row: { original: entry } }) => (
        <button
          type="button"
          onClick={() => void accept(entry.conversationId)}
          disabled={accepting !== null}
          className="inline-flex items-center gap-1 rounded-md bg-slate-900 px-3 py-1.5 text-xs font-medium text-white hover:bg-slate-700 disabled:opacity-60"
        >
          {accepting === entry.conversationId ? <Loader2 aria-hidden className="size-3 animate-spin" /> : null}
          {t("accept")}
        </button>
      ),
      meta: { className: "text-right" },
    },
  ];

  // Presence and load change with statuses and assignments: re-read them (coalesced) when either moves.
  useEffect(() => {
    if (!socket) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 800);
    };
    const offs = [on(socket, "agent.status.changed", refresh), on(socket, "conversation.updated", refresh)];
    return () => {
      clearTimeout(timer);
      offs.forEach((off) => off());
    };
  }, [socket, router]);

  async function accept(conversationId: string) {
    if (!socket) return;
    setAccepting(conversationId);
    const result = await send(socket, "conversation.accept", { conversationId });
    setAccepting(null);
    if (!result.ok) return void toast.error(result.code === "NETWORK" ? t("offline") : result.message);
    router.push(`/console/chats/${conversationId}`);
  }

  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
      <section className="space-y-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{t("queueBoard.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("queueBoard.intro", { count: queue.length })}</p>
        </div>
        <DataTable
          data={queue}
          columns={columns}
          testId="queue-board"
          caption={t("queueBoard.title")}
          emptyText={t("queueEmpty")}
          filter={queue.length > FILTER_FROM}
          tableClassName="w-full"
          rowProps={(entry) => ({ className: myTeamIds.includes(entry.teamId ?? "") ? "bg-brand-50/40" : "" })}
        />
      </section>
      <section aria-labelledby="agents-title" className="space-y-3">
        <h2 id="agents-title" className="text-lg font-semibold">
          {t("queueBoard.agents")}
        </h2>
        <ul className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white">
          {agents.map((agent) => (
            <li key={agent.id} className="flex items-center gap-3 px-4 py-2.5">
              <span className={`size-2.5 rounded-full ${STATUS_DOT[agent.status]}`} aria-hidden />
              <span className="flex-1 text-sm">
                <span className="font-medium">{agent.name}</span>
                <span className="block text-xs text-slate-500">{t(`agentStatus.${agent.status}`)}</span>
              </span>
              <span className="text-right text-xs text-slate-600">
                <span className="font-semibold tabular-nums">
                  {agent.activeChats}/{agent.maxConcurrentChats}
                </span>
                <span className="mt-1 block h-1.5 w-20 overflow-hidden rounded-full bg-slate-100">
                  <span
                    className="block h-full rounded-full bg-brand-500"
                    style={{
                      width: `${Math.min(100, (agent.activeChats / Math.max(1, agent.maxConcurrentChats)) * 100)}%`,
                    }}
                  />
                </span>
              </span>
            </li>
          ))}
        </ul>
        <p className="text-xs text-slate-500">{t("queueBoard.capacityHint")}</p>
      </section>
    </div>
  );
}
