"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useFormatWait } from "@/components/ui/use-format-wait";
import { useNow } from "@/components/console/use-inbox";
import { useCommand } from "@/lib/client/hooks";
import type { WallboardAgentDto, WallboardTeamDto } from "@/lib/contracts/wallboard";
import { getSocket } from "@/lib/realtime/client";

type Target = { id: string; name: string };
const DOT = { ONLINE: "bg-emerald-500", AWAY: "bg-amber-400", OFFLINE: "bg-slate-400" } as const;
const select = "rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs";

/** One team: its queue (each waiting chat can be moved to another team), its figures and its agents. */
export function TeamBoard({ team, name, targets }: { team: WallboardTeamDto; name: string; targets: Target[] }) {
  const t = useTranslations("desk.wallboard");
  const formatWait = useFormatWait();
  const now = useNow();
  const since = (iso: string | null) => (iso ? formatWait(now - new Date(iso).getTime()) : "—");
  const stats = [
    { key: "waiting", label: t("waiting"), value: String(team.waiting) },
    { key: "longest", label: t("longestWait"), value: since(team.oldestQueuedAt) },
    { key: "estimate", label: t("estimate"), value: estimateText(t, team.estimate) },
    { key: "agents", label: t("agents"), value: t("agentsValue", team.agents) },
    { key: "atRisk", label: t("atRisk"), value: String(team.tickets.atRisk) },
    { key: "breached", label: t("breached"), value: String(team.tickets.breached) },
  ];
  return (
    <section
      className="@container space-y-3 rounded-2xl border border-slate-200 bg-white p-4"
      aria-label={name}
      data-testid={`team-${team.id}`}
    >
      <h2 className="text-lg font-semibold">{name}</h2>
      <dl className="grid grid-cols-2 gap-2 @xs:grid-cols-3 @3xl:grid-cols-6">
        {stats.map((stat) => (
          <div key={stat.key} className="rounded-lg bg-slate-50 p-2" data-testid={`stat-${stat.key}`}>
            <dt className="text-[11px] font-medium text-slate-500">{stat.label}</dt>
            <dd className="text-base font-semibold whitespace-nowrap tabular-nums">{stat.value}</dd>
          </div>
        ))}
      </dl>
      {team.queue.length ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-100" aria-label={t("queue")}>
          {team.queue.map((chat) => (
            <WaitingChat key={chat.conversationId} chat={chat} waited={since(chat.queuedAt)} targets={targets} />
          ))}
        </ul>
      ) : null}
      <div className="overflow-x-auto">
        <table className="w-full min-w-md text-left text-xs [&_td]:px-1.5 [&_td:first-child]:pl-0 [&_th]:px-1.5 [&_th:first-child]:pl-0">
          <thead className="text-slate-500">
            <tr className="align-bottom">
              <th scope="col" className="py-1 font-medium">
                {t("agent")}
              </th>
              <th scope="col" className="font-medium">
                {t("chats")}
              </th>
              <th scope="col" className="font-medium">
                {t("openTickets")}
              </th>
              <th scope="col" className="font-medium">
                {t("sinceReply")}
              </th>
              <th scope="col" className="font-medium">
                {t("handledToday")}
              </th>
              <th scope="col" className="font-medium">
                {t("firstResponseToday")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {team.members.map((agent) => (
              <AgentRow key={agent.id} agent={agent} sinceReply={since(agent.lastReplyAt)} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function estimateText(t: ReturnType<typeof useTranslations>, estimate: WallboardTeamDto["estimate"]): string {
  if (!estimate) return "—";
  if (estimate.label === "minutes") return t("estimateMinutes", { minutes: estimate.minutes ?? 0 });
  return t(`estimate_${estimate.label}`);
}

function WaitingChat({
  chat,
  waited,
  targets,
}: {
  chat: WallboardTeamDto["queue"][number];
  waited: string;
  targets: Target[];
}) {
  const t = useTranslations("desk.wallboard");
  const send = useCommand();
  const [to, setTo] = useState("");
  const [busy, setBusy] = useState(false);
  async function move() {
    setBusy(true);
    const result = await send(getSocket(), "conversation.transfer", {
      conversationId: chat.conversationId,
      toTeamId: to,
    });
    setBusy(false);
    // Success needs no toast: the chat leaves this queue and appears in the other team's on the next push.
    if (!result.ok) return void toast.error(result.message);
    setTo("");
  }
  return (
    <li className="flex flex-wrap items-center gap-2 px-3 py-1.5 text-sm" data-testid="waiting-chat">
      <span className="font-medium">{chat.customerName}</span>
      <span className="text-xs text-slate-500 tabular-nums">{waited}</span>
      <span className="ml-auto flex items-center gap-1">
        <select
          className={select}
          aria-label={t("moveTo", { name: chat.customerName })}
          value={to}
          onChange={(e) => setTo(e.target.value)}
        >
          <option value="">{t("moveChoose")}</option>
          {targets.map((target) => (
            <option key={target.id} value={target.id}>
              {target.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="rounded-md bg-slate-800 px-2 py-1 text-xs font-medium text-white disabled:opacity-40"
          disabled={!to || busy}
          onClick={() => void move()}
        >
          {t("move")}
        </button>
      </span>
    </li>
  );
}

function AgentRow({ agent, sinceReply }: { agent: WallboardAgentDto; sinceReply: string }) {
  const t = useTranslations("desk.wallboard");
  const formatWait = useFormatWait();
  const tStatus = useTranslations("console");
  const send = useCommand();
  async function change(input: { status?: WallboardAgentDto["status"]; maxConcurrentChats?: number }) {
    const result = await send(getSocket(), "agent.availability.set", { agentId: agent.id, ...input });
    if (!result.ok) toast.error(result.message);
  }
  return (
    <tr data-testid={`agent-${agent.id}`}>
      <td className="py-1.5">
        <span className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
          <span aria-hidden className={`size-2 rounded-full ${DOT[agent.status]}`} />
          <span className="font-medium whitespace-nowrap">{agent.name}</span>
          <select
            className={select}
            aria-label={t("statusOf", { name: agent.name })}
            value={agent.status}
            onChange={(e) => void change({ status: e.target.value as WallboardAgentDto["status"] })}
          >
            {(["ONLINE", "AWAY", "OFFLINE"] as const).map((status) => (
              <option key={status} value={status}>
                {tStatus(`status_${status}`)}
              </option>
            ))}
          </select>
        </span>
      </td>
      <td className="whitespace-nowrap tabular-nums">
        {agent.chats} /{" "}
        <input
          type="number"
          min={0}
          max={50}
          className="w-12 rounded border border-slate-300 px-1 text-xs"
          aria-label={t("capacityOf", { name: agent.name })}
          defaultValue={agent.maxConcurrentChats}
          key={agent.maxConcurrentChats}
          onBlur={(e) =>
            Number(e.target.value) !== agent.maxConcurrentChats &&
            void change({ maxConcurrentChats: Number(e.target.value) })
          }
        />
      </td>
      <td className="tabular-nums">{agent.openTickets}</td>
      <td className="whitespace-nowrap tabular-nums">{sinceReply}</td>
      <td className="tabular-nums">{agent.handledToday}</td>
      <td className="tabular-nums">
        {agent.firstResponseTodaySeconds === null ? "—" : formatWait(agent.firstResponseTodaySeconds * 1000)}
      </td>
    </tr>
  );
}
