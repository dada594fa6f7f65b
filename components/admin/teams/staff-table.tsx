"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { StaffRole } from "@/lib/auth/actor";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import type { ActionResult } from "@/lib/http/action";
import { localize } from "@/lib/i18n/locales";
import { useAction } from "../use-action";
import { TeamCheckboxes, type TeamOption } from "./team-checkboxes";

export type StaffMember = {
  id: string;
  name: string;
  email: string | null;
  role: StaffRole;
  teamIds: string[];
  status: string;
  activeChats: number;
  maxConcurrentChats: number;
};
type Draft = { role: StaffRole; teamIds: string[] };
type Change = { userId: string } & Draft;

const STATUS_DOT: Record<string, string> = { ONLINE: "bg-emerald-500", AWAY: "bg-amber-400", OFFLINE: "bg-slate-300" };
const ROLES: StaffRole[] = ["AGENT", "SUPERVISOR", "ADMIN"];
const select =
  "h-8 rounded-lg border border-slate-300 bg-white px-2 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none";

type Props = {
  staff: StaffMember[];
  teams: TeamOption[];
  selfId: string;
  save: (input: Change) => Promise<ActionResult>;
  remove: (userId: string) => Promise<ActionResult>;
};

/**
 * Every agent, supervisor and admin: role and teams, saved per person; removing takes console access away. A row's
 * edit spans the role, teams and save cells, so the unsaved edits live here, one draft per person.
 */
export function StaffTable({ staff, teams, selfId, save, remove }: Props) {
  const [t, s, locale] = [useTranslations("adminTeams"), useTranslations("consoleChat.agentStatus"), useLocale()];
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const draftOf = (m: StaffMember): Draft => drafts[m.id] ?? { role: m.role, teamIds: m.teamIds };
  const edit = (m: StaffMember, patch: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [m.id]: { ...draftOf(m), ...patch } }));
  const teamNames = (ids: string[]) =>
    teams
      .filter((team) => ids.includes(team.id))
      .map((team) => localize(team.name, locale))
      .join(" ");
  const columns: ColumnDef<StaffMember>[] = [
    {
      id: "person",
      header: t("colPerson"),
      accessorFn: (m) => `${m.name} ${m.email ?? ""}`,
      sortingFn: (a, b) => a.original.name.localeCompare(b.original.name, locale),
      cell: ({ row: { original: m } }) => (
        <>
          <div className="flex items-center gap-2 font-medium text-slate-900">
            <span
              className={`size-2 rounded-full ${STATUS_DOT[m.status] ?? STATUS_DOT.OFFLINE}`}
              title={s(m.status as "ONLINE")}
            />
            {m.name}
          </div>
          <div className="text-xs text-slate-500">{m.email}</div>
          <div className="text-xs text-slate-500">
            {t("load", { active: m.activeChats, max: m.maxConcurrentChats })}
          </div>
        </>
      ),
    },
    {
      id: "role",
      header: t("colRole"),
      accessorFn: (m) => ROLES.indexOf(m.role),
      cell: ({ row: { original: m } }) => (
        <select
          className={select}
          aria-label={t("roleOf", { name: m.name })}
          value={draftOf(m).role}
          disabled={m.id === selfId}
          onChange={(e) => edit(m, { role: e.target.value as StaffRole })}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role${role}`)}
            </option>
          ))}
        </select>
      ),
    },
    {
      id: "teams",
      header: t("colTeams"),
      accessorFn: (m) => teamNames(m.teamIds),
      enableSorting: false,
      cell: ({ row: { original: m } }) => (
        <>
          <TeamCheckboxes
            teams={teams}
            value={draftOf(m).teamIds}
            onChange={(teamIds) => edit(m, { teamIds })}
            label={t("teamsOf", { name: m.name })}
          />
          {draftOf(m).teamIds.length === 0 ? <p className="mt-1 text-xs text-amber-700">{t("noTeamWarning")}</p> : null}
        </>
      ),
    },
    {
      id: "actions",
      header: () => <span className="sr-only">{t("colActions")}</span>,
      cell: ({ row: { original: m } }) => (
        <StaffActions member={m} draft={draftOf(m)} self={m.id === selfId} save={save} remove={remove} />
      ),
      meta: { className: "space-x-2 text-right whitespace-nowrap" },
    },
  ];
  return (
    <DataTable
      data={staff}
      columns={columns}
      testId="staff-table"
      caption={t("staffTitle", { count: staff.length })}
      emptyText={t("noStaff")}
      filter={staff.length > 5}
      getRowId={(m) => m.id}
      rowProps={() => ({ className: "align-top" })}
      tableClassName="w-full min-w-2xl"
    />
  );
}

/** Save (only when the draft differs from what is stored) and remove (never oneself), each with its own pending state. */
function StaffActions({
  member,
  draft,
  self,
  save,
  remove,
}: Pick<Props, "save" | "remove"> & { member: StaffMember; draft: Draft; self: boolean }) {
  const t = useTranslations("adminTeams");
  const { pending, run } = useAction();
  const changed =
    draft.role !== member.role ||
    draft.teamIds.length !== member.teamIds.length ||
    draft.teamIds.some((id) => !member.teamIds.includes(id));
  return (
    <>
      <Button
        size="sm"
        disabled={!changed || pending}
        onClick={() =>
          run(
            () => save({ userId: member.id, ...draft }),
            () => toast.success(t("savedPerson", { name: member.name })),
          )
        }
      >
        {t("save")}
      </Button>
      {self ? null : (
        <Button
          size="sm"
          variant="ghost"
          disabled={pending}
          onClick={() =>
            window.confirm(t("removeConfirm", { name: member.name })) &&
            run(
              () => remove(member.id),
              () => toast.success(t("removed", { name: member.name })),
            )
          }
        >
          {t("remove")}
        </Button>
      )}
    </>
  );
}
