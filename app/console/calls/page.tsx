import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CallForm } from "@/components/console/call-form";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { getAgent } from "@/lib/auth/current";
import type { Locale } from "@/lib/i18n/locales";
import { findTicketTopics } from "@/lib/services/tickets/find-ticket-topics";
import { logCallAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("phone"))("title") };
}

export default async function ConsoleCallsPage() {
  await getAgent();
  const locale = (await getLocale()) as Locale;
  const [t, topics] = await Promise.all([getTranslations("phone"), findTicketTopics({ locale })]);
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle title={t("title")} intro={t("intro")} />
      <Card className="overflow-hidden">
        <CallForm topics={topics.map((topic) => ({ slug: topic.slug, label: topic.label }))} log={logCallAction} />
      </Card>
    </div>
  );
}
