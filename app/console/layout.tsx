import { getTranslations } from "next-intl/server";
import { forbidden, redirect } from "next/navigation";
import { AgentStatus } from "@/components/console/agent-status";
import { ChatAlerts } from "@/components/console/chat-alerts";
import { SideNav } from "@/components/layout/side-nav";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { WorkspaceShell } from "@/components/layout/workspace-shell";
import { isAdmin, isAgent, isSupervisor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current";
import { getAgentProfile } from "@/lib/services/agents/get-agent-profile";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor || actor.isGuest) redirect("/login?callbackUrl=/console");
  // "Staff must use 2FA": set it up before the console opens (every staff check refuses until then).
  if (actor.twoFactorSetupRequired) redirect("/account/security");
  if (!isAgent(actor)) forbidden();
  const [t, tNav, profile] = await Promise.all([
    getTranslations("console"),
    getTranslations("desk.nav"),
    getAgentProfile({ actor }),
  ]);
  const sidebar = (
    <>
      <SideNav
        label={t("title")}
        items={[
          { href: "/console", label: t("inbox"), icon: "Inbox" },
          { href: "/console/queue", label: t("queue"), icon: "Clock" },
          { href: "/console/tickets", label: t("tickets"), icon: "Ticket" },
          { href: "/console/calls", label: t("calls"), icon: "Phone" },
          { href: "/console/my-reviews", label: tNav("myReviews"), icon: "Star" },
          ...(isSupervisor(actor)
            ? [
                { href: "/console/wallboard", label: tNav("wallboard"), icon: "Activity" as const },
                { href: "/console/reports", label: tNav("reports"), icon: "BarChart3" as const },
                { href: "/console/reviews", label: tNav("reviews"), icon: "ClipboardCheck" as const },
              ]
            : []),
          ...(isAdmin(actor) ? [{ href: "/admin", label: tNav("admin"), icon: "Settings" as const }] : []),
        ]}
      />
      <div className="mt-auto space-y-3">
        <AgentStatus me={actor.id} initial={profile.status} />
        <ChatAlerts me={actor.id} teamIds={profile.teams.map((team) => team.id)} />
      </div>
    </>
  );
  return (
    <WorkspaceShell
      title={t("title")}
      home="/console"
      userName={actor.name}
      sidebar={sidebar}
      actions={<NotificationBell />}
    >
      {children}
    </WorkspaceShell>
  );
}
