import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoutingSettingsForm } from "@/components/routing/routing-settings-form";
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
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("settingsTitle")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("settingsIntro")}</p>
      </div>
      <RoutingSettingsForm initial={view} save={saveRoutingSettings} />
    </div>
  );
}
