import { getTranslations } from "next-intl/server";
import { forbidden, redirect } from "next/navigation";
import { SideNav } from "@/components/layout/side-nav";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { WorkspaceShell } from "@/components/layout/workspace-shell";
import { isAdmin } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor || actor.isGuest) redirect("/login?callbackUrl=/admin");
  // "Staff must use 2FA": set it up before the admin opens (every staff check refuses until then).
  if (actor.twoFactorSetupRequired) redirect("/account/security");
  if (!isAdmin(actor)) forbidden();
  const [t, tExchange, tNav] = await Promise.all([
    getTranslations("admin"),
    getTranslations("exchange"),
    getTranslations("desk.nav"),
  ]);
  const sidebar = (
    <SideNav
      label={t("title")}
      items={[
        { href: "/admin", label: t("overview"), icon: "LayoutDashboard" },
        { href: "/admin/kb", label: t("knowledgeBase"), icon: "BookOpen" },
        { href: "/admin/teams", label: t("teams"), icon: "Users" },
        { href: "/admin/topics", label: t("topics"), icon: "Route" },
        { href: "/admin/canned", label: t("canned"), icon: "MessageSquareText" },
        { href: "/admin/sla", label: t("sla"), icon: "Gauge" },
        { href: "/admin/scorecards", label: t("scorecards"), icon: "ClipboardCheck" },
        { href: "/admin/outbox", label: t("outbox"), icon: "Mail" },
        { href: "/admin/mailboxes", label: t("mailboxes"), icon: "Inbox" },
        { href: "/admin/announcements", label: t("announcements"), icon: "Megaphone" },
        { href: "/admin/exchange", label: tExchange("nav"), icon: "Plug" },
        { href: "/admin/security", label: t("security"), icon: "ShieldCheck" },
        { href: "/admin/audit", label: t("audit"), icon: "ScrollText" },
        { href: "/console", label: tNav("console"), icon: "Inbox" },
        { href: "/console/wallboard", label: tNav("wallboard"), icon: "Activity" },
        { href: "/console/reports", label: tNav("reports"), icon: "BarChart3" },
        { href: "/console/reviews", label: tNav("reviews"), icon: "ClipboardCheck" },
      ]}
    />
  );
  return (
    <WorkspaceShell
      title={t("title")}
      home="/admin"
      userName={actor.name}
      sidebar={sidebar}
      actions={<NotificationBell />}
    >
      {children}
    </WorkspaceShell>
  );
}
