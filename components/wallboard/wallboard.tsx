"use client";

import { localize, type LocalizedText } from "@/lib/i18n/locales";
import { AlertTriangle } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { WallboardDto, WallboardTeamDto } from "@/lib/contracts/wallboard";
import type { TeamOption } from "@/lib/realtime/chat-types";
import { TeamBoard } from "./team-board";
import { useWallboard } from "./use-wallboard";

/** The supervisor's live board: alert banners on top, then one panel per team. */
export function Wallboard({ initial, teams }: { initial: WallboardDto; teams: TeamOption[] }) {
  const t = useTranslations("desk.wallboard");
  const locale = useLocale();
  const { board, live } = useWallboard(initial);
  const name = (team: { name: LocalizedText }) => localize(team.name, locale);
  const alerts = board.teams.flatMap((team) => team.alerts.map((alert) => ({ team, alert })));
  return (
    <div className="space-y-4" data-testid="wallboard">
      <div className="flex items-baseline justify-between">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <span
          className={`text-xs font-medium ${live ? "text-emerald-700" : "text-slate-400"}`}
          data-testid="wallboard-live"
        >
          {live ? t("live") : t("connecting")}
        </span>
      </div>
      {alerts.length ? (
        <ul className="space-y-2" aria-label={t("alerts")}>
          {alerts.map(({ team, alert }) => (
            <li
              key={`${team.id}-${alert.kind}`}
              role="alert"
              data-testid={`alert-${alert.kind}`}
              className="flex items-center gap-2 rounded-xl border border-red-200 bg-red-50 px-4 py-2.5 text-sm font-medium text-red-800"
            >
              <AlertTriangle aria-hidden className="size-4 shrink-0" />
              {alertText(t, name(team), alert)}
            </li>
          ))}
        </ul>
      ) : null}
      {board.teams.length ? (
        <div className="grid gap-4 xl:grid-cols-2">
          {board.teams.map((team) => (
            <TeamBoard
              key={team.id}
              team={team}
              name={name(team)}
              targets={teams
                .filter((other) => other.id !== team.id)
                .map((other) => ({ id: other.id, name: name(other) }))}
            />
          ))}
        </div>
      ) : (
        <p className="rounded-xl border border-dashed border-slate-300 p-8 text-center text-sm text-slate-500">
          {t("noTeams")}
        </p>
      )}
      <p className="max-w-4xl text-xs text-slate-500">{t("definitions", { timeZone: board.timeZone })}</p>
    </div>
  );
}

function alertText(
  t: ReturnType<typeof useTranslations>,
  team: string,
  alert: WallboardTeamDto["alerts"][number],
): string {
  switch (alert.kind) {
    case "unstaffed":
      return t("alertUnstaffed", { team, waiting: alert.waiting });
    case "longWait":
      return t("alertLongWait", { team, minutes: Math.floor(alert.seconds / 60) });
    case "breach":
      return t("alertBreach", { team, tickets: alert.tickets });
  }
}
