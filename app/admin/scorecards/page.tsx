import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ScorecardForm } from "@/components/quality/scorecard-form";
import { ScorecardList } from "@/components/quality/scorecard-list";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { findScorecards } from "@/lib/services/quality/scorecards";
import { deleteScorecardAction, saveScorecardAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quality.scorecards"))("title") };
}

export default async function AdminScorecardsPage() {
  const admin = await getAdmin();
  const [t, scorecards] = await Promise.all([getTranslations("quality.scorecards"), findScorecards({ actor: admin })]);
  // The first card is active from the start: reviews need one.
  const blank = { name: {}, active: scorecards.length === 0, criteria: [{ key: "accuracy", label: {} }] };
  return (
    <div className="max-w-5xl space-y-6">
      <PageTitle title={t("title")} intro={t("intro")} />
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("listTitle")}</h2>
        <ScorecardList scorecards={scorecards} save={saveScorecardAction} remove={deleteScorecardAction} />
      </Card>
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("new")}</h2>
        <ScorecardForm id={null} initial={blank} save={saveScorecardAction} />
      </Card>
    </div>
  );
}
