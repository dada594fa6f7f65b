import { localize } from "@/lib/i18n/locales";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AddStaffForm } from "@/components/admin/teams/add-staff-form";
import { NewTeamForm } from "@/components/admin/teams/new-team-form";
import { PendingInvitations } from "@/components/admin/teams/pending-invitations";
import { StaffTable } from "@/components/admin/teams/staff-table";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { findPendingInvitations } from "@/lib/services/account-links/invitations";
import { getStaffAdmin } from "@/lib/services/teams/staff";
import {
  addStaffAction,
  createTeamAction,
  removeStaffAction,
  revokeInvitationAction,
  updateStaffAction,
} from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminTeams"))("title") };
}

export default async function AdminTeamsPage() {
  const admin = await getAdmin();
  const [t, locale, { teams, staff }, invitations] = await Promise.all([
    getTranslations("adminTeams"),
    getLocale(),
    getStaffAdmin({ actor: admin }),
    findPendingInvitations({ actor: admin }),
  ]);
  return (
    <div className="max-w-5xl space-y-6">
      <PageTitle title={t("title")} intro={t("intro")} />

      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">
          {t("staffTitle", { count: staff.length })}
        </h2>
        <div className="p-4">
          <StaffTable
            staff={staff}
            teams={teams}
            selfId={admin.id}
            save={updateStaffAction}
            remove={removeStaffAction}
          />
        </div>
      </Card>

      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("addTitle")}</h2>
        <AddStaffForm teams={teams} add={addStaffAction} />
      </Card>

      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">
          {t("invitationsTitle", { count: invitations.length })}
        </h2>
        <PendingInvitations invitations={invitations} revoke={revokeInvitationAction} />
      </Card>

      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("teamsTitle")}</h2>
        <ul className="divide-y divide-slate-100 text-sm">
          {teams.map((team) => (
            <li key={team.id} className="flex items-center justify-between gap-4 px-4 py-2.5">
              <span>
                <span className="font-medium">{localize(team.name, locale)}</span>
                <span className="ml-2 font-mono text-xs text-slate-500">{team.slug}</span>
              </span>
              <span className="text-slate-600">{t("teamCounts", { members: team.members, topics: team.topics })}</span>
            </li>
          ))}
        </ul>
        <div className="border-t border-slate-100">
          <NewTeamForm create={createTeamAction} />
        </div>
      </Card>
    </div>
  );
}
