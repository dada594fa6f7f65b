import { getTranslations } from "next-intl/server";
import { RoutingTable } from "@/components/admin/routing-table";
import { Stat } from "@/components/admin/stat";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { getOverview } from "@/lib/services/admin/get-overview";

export default async function AdminPage() {
  const actor = await getAdmin();
  const [t, overview] = await Promise.all([getTranslations("admin"), getOverview({ actor })]);
  return (
    <div className="space-y-6">
      <PageTitle title={t("overview")} intro={t("overviewBody")} />
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label={t("countUsers")} value={overview.users} />
        <Stat label={t("countTeams")} value={overview.teams.length} />
        <Stat label={t("countTopics")} value={overview.topics.length} />
        <Stat label={t("countCategories")} value={overview.categories} />
      </div>
      <RoutingTable topics={overview.topics} />
    </div>
  );
}
