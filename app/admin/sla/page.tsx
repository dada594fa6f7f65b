import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SlaSettingsForm } from "@/components/tickets/sla-settings-form";
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
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("slaTitle")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("slaSubtitle")}</p>
      </div>
      <SlaSettingsForm initial={settings} save={saveSlaSettings} />
    </div>
  );
}
