import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoutingSettingsForm } from "@/components/routing/routing-settings-form";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { getRoutingAdmin } from "@/lib/services/routing/routing-admin";
import { saveRoutingSettings } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("routing"))("settingsTitle") };
}

export default async function AdminTopicsPage() {
  const admin = await getAdmin();
  const [t, view] = await Promise.all([getTranslations("routing"), getRoutingAdmin({ actor: admin })]);
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle title={t("settingsTitle")} intro={t("settingsIntro")} />
      <RoutingSettingsForm initial={view} save={saveRoutingSettings} />
    </div>
  );
}
