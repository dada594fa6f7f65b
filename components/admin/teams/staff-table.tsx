"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { StaffRole } from "@/lib/auth/actor";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/http/action";
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
type Change = { userId: string; role: StaffRole; teamIds: string[] };

const STATUS_DOT: Record<string, string> = { ONLINE: "bg-emerald-500", AWAY: "bg-amber-400", OFFLINE: "bg-slate-300" };
const select =
  "h-8 rounded-lg border border-slate-300 bg-white px-2 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none";

/** Every agent and admin: role and teams, saved per person; removing takes console access away. */
type Shared = {
  teams: TeamOption[];
  selfId: string;
  save: (input: Change) => Promise<ActionResult>;
  remove: (userId: string) => Promise<ActionResult>;
};

export function StaffTable(props: Shared & { staff: StaffMember[] }) {
  const t = useTranslations("adminTeams");
  return (
    <table className="w-full text-sm">
      <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
        <tr>
          <th scope="col" className="px-4 py-2.5">
            {t("colPerson")}
          </th>
          <th scope="col" className="px-4 py-2.5">
            {t("colRole")}
          </th>
          <th scope="col" className="px-4 py-2.5">
            {t("colTeams")}
          </th>
          <th scope="col" className="px-4 py-2.5">
            <span className="sr-only">{t("colActions")}</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {props.staff.map((member) => (
          <StaffRow key={member.id} member={member} {...props} />
        ))}
      </tbody>
    </table>
  );
}

function StaffRow({ member, teams, selfId, save, remove }: Shared & { member: StaffMember }) {
  const t = useTranslations("adminTeams");
  const s = useTranslations("consoleChat.agentStatus");
  const [role, setRole] = useState(member.role);
  const [teamIds, setTeamIds] = useState(member.teamIds);
  const { pending, run } = useAction();
  const changed =
    role !== member.role ||
    teamIds.length !== member.teamIds.length ||
    teamIds.some((id) => !member.teamIds.includes(id));
  const self = member.id === selfId;

  return (
    <tr className="align-top">
      <td className="px-4 py-3">
        <div className="flex items-center gap-2 font-medium text-slate-900">
          <span
            className={`size-2 rounded-full ${STATUS_DOT[member.status] ?? STATUS_DOT.OFFLINE}`}
            title={s(member.status as "ONLINE")}
          />
          {member.name}
        </div>
        <div className="text-xs text-slate-500">{member.email}</div>
        <div className="text-xs text-slate-500">
          {t("load", { active: member.activeChats, max: member.maxConcurrentChats })}
        </div>
      </td>
      <td className="px-4 py-3">
        <select
          className={select}
          aria-label={t("roleOf", { name: member.name })}
          value={role}
          disabled={self}
          onChange={(e) => setRole(e.target.value as StaffRole)}
        >
          <option value="AGENT">{t("roleAGENT")}</option>
          <option value="SUPERVISOR">{t("roleSUPERVISOR")}</option>
          <option value="ADMIN">{t("roleADMIN")}</option>
        </select>
      </td>
      <td className="px-4 py-3">
        <TeamCheckboxes
          teams={teams}
          value={teamIds}
          onChange={setTeamIds}
          label={t("teamsOf", { name: member.name })}
        />
        {teamIds.length === 0 ? <p className="mt-1 text-xs text-amber-700">{t("noTeamWarning")}</p> : null}
      </td>
      <td className="space-x-2 px-4 py-3 text-right whitespace-nowrap">
        <Button
          size="sm"
          disabled={!changed || pending}
          onClick={() =>
            run(
              () => save({ userId: member.id, role, teamIds }),
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
      </td>
    </tr>
  );
}
