import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SlaSettingsForm } from "@/components/tickets/sla-settings-form";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { getSlaSettings } from "@/lib/services/sla/sla-settings";
import { saveSlaSettings } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminTickets"))("slaTitle") };
}

export default async function AdminSlaPage() {
  const admin = await getAdmin();
  const [t, settings] = await Promise.all([getTranslations("adminTickets"), getSlaSettings({ actor: admin })]);
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle title={t("slaTitle")} intro={t("slaSubtitle")} />
      <SlaSettingsForm initial={settings} save={saveSlaSettings} />
    </div>
  );
}
