import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { getUser } from "@/lib/auth/current";
import { getAgentProfile } from "@/lib/services/agents/get-agent-profile";

export default async function ConsolePage() {
  const actor = await getUser();
  const [t, locale, profile] = await Promise.all([getTranslations("console"), getLocale(), getAgentProfile({ actor })]);
  const teams = profile.teams.map((team) => (locale === "en" ? team.nameEn : team.nameZh)).join(" · ") || t("noTeams");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("welcome", { name: actor.name })}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("welcomeBody", { teams })}</p>
      </div>
      <Card className="p-10 text-center text-sm text-slate-500">{t("emptyInbox")}</Card>
    </div>
  );
}
