"use client";

import { localize } from "@/lib/i18n/locales";
import { Users } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactElement } from "react";
import type { AgentLoad, TeamOption } from "@/lib/realtime/chat-types";
import { Dialog, DialogContent, DialogDescription, DialogTrigger } from "@/components/ui/dialog";
import { Segmented } from "@/components/ui/segmented";

type Props = {
  /** The button that opens the dialog; focus returns to it. */
  children: ReactElement;
  open: boolean;
  onOpenChange(open: boolean): void;
  me: string;
  currentAssignee: string | null;
  agents: AgentLoad[];
  teams: TeamOption[];
  onTransfer(target: { toAgentId?: string; toTeamId?: string }): void;
};

const STATUS_DOT = { ONLINE: "bg-emerald-500", AWAY: "bg-amber-400", OFFLINE: "bg-slate-300" } as const;

/** Pick an agent (online or away, with a free slot) or a team's queue, in a modal dialog opened by `children`. */
export function TransferDialog({
  children,
  open,
  onOpenChange,
  me,
  currentAssignee,
  agents,
  teams,
  onTransfer,
}: Props) {
  const t = useTranslations("consoleChat.transferDialog");
  const locale = useLocale();
  const [tab, setTab] = useState<"agent" | "team">("agent");

  const candidates = agents.filter((agent) => agent.id !== currentAssignee);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{children}</DialogTrigger>
      <DialogContent
        title={t("title")}
        closeLabel={t("cancel")}
        className="w-[min(28rem,calc(100vw-2rem))]"
        data-testid="transfer-dialog"
      >
        <Segmented<"agent" | "team">
          label={t("title")}
          value={tab}
          onChange={setTab}
          className="flex gap-1 px-5 pt-3"
          itemClassName="rounded-md px-3 py-1.5 text-sm font-medium"
          options={(["agent", "team"] as const).map((option) => ({
            value: option,
            label: option === "agent" ? t("toAgent") : t("toTeam"),
            on: "bg-slate-900 text-white",
            off: "text-slate-600 hover:bg-slate-100",
          }))}
        />
        <ul className="max-h-80 overflow-y-auto p-3">
          {tab === "agent"
            ? candidates.map((agent) => {
                const full = agent.activeChats >= agent.maxConcurrentChats;
                const unavailable = agent.status === "OFFLINE" || full;
                return (
                  <li key={agent.id}>
                    <button
                      type="button"
                      disabled={unavailable}
                      onClick={() => onTransfer({ toAgentId: agent.id })}
                      className="flex w-full items-center gap-3 rounded-lg px-3 py-2 text-left hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50"
                    >
                      <span className={`size-2.5 rounded-full ${STATUS_DOT[agent.status]}`} aria-hidden />
                      <span className="flex-1 text-sm font-medium">
                        {agent.name}
                        {agent.id === me ? ` (${t("you")})` : ""}
                      </span>
                      <span className="text-xs text-slate-500">
                        {agent.status === "OFFLINE"
                          ? t("offline")
                          : full
                            ? t("full")
                            : t("load", { active: agent.activeChats, max: agent.maxConcurrentChats })}
                      </span>
                    </button>
                  </li>
                );
              })
            : teams.map((team) => (
                <li key={team.id}>
                  <button
                    type="button"
                    onClick={() => onTransfer({ toTeamId: team.id })}
                    className="flex w-full items-center gap-3 rounded-lg px-3 py-2 text-left hover:bg-slate-50"
                  >
                    <Users aria-hidden className="size-4 text-slate-500" />
                    <span className="text-sm font-medium">{localize(team.name, locale)}</span>
                  </button>
                </li>
              ))}
        </ul>
        <DialogDescription className="border-t border-slate-100 px-5 py-3 text-xs text-slate-600">
          {tab === "agent" ? t("agentHint") : t("teamHint")}
        </DialogDescription>
      </DialogContent>
    </Dialog>
  );
}
