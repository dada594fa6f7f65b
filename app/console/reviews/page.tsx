import { getLocale, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { WeeklySample } from "@/components/quality/weekly-sample";
import { PageTitle } from "@/components/ui/page-title";
import { isSupervisor } from "@/lib/auth/actor";
import { getAgent } from "@/lib/auth/current";
import { reviewWeekSchema } from "@/lib/contracts/quality";
import { findActiveScorecard } from "@/lib/services/quality/scorecards";
import { findWeeklySample, SAMPLE_PER_AGENT } from "@/lib/services/quality/weekly-sample";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("quality.queue"))("title") };
}

/** Supervisors and admins: the week's sample of their agents' closed work to review. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  const actor = await getAgent();
  if (!isSupervisor(actor)) forbidden();
  const week = reviewWeekSchema.safeParse((await searchParams).week);
  const locale = await getLocale();
  const [t, tErrors, sample, card] = await Promise.all([
    getTranslations("quality.queue"),
    getTranslations("errors"),
    findWeeklySample({ actor, locale, week: week.success ? week.data : undefined }),
    findActiveScorecard(),
  ]);
  return (
    <div className="max-w-5xl space-y-6">
      <PageTitle title={t("title")} intro={t("intro", { count: SAMPLE_PER_AGENT })} />
      {card ? null : (
        <p className="rounded-xl bg-amber-50 p-4 text-sm text-amber-900">{tErrors("noActiveScorecard")}</p>
      )}
      <WeeklySample sample={sample} />
    </div>
  );
}
