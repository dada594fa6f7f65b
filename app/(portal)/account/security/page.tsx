import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SessionsList } from "@/components/account/sessions-list";
import { TimeZoneForm } from "@/components/account/time-zone-form";
import { TwoFactorPanel } from "@/components/account/two-factor-panel";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { getActor } from "@/lib/auth/current";
import { findMySessions } from "@/lib/services/sessions/find-sessions";
import { twoFactorEnabled } from "@/lib/services/two-factor/status";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

function Section({ title, intro, children }: { title: string; intro: string; children: React.ReactNode }) {
  return (
    <Card className="p-6">
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      <p className="mt-1 mb-4 text-sm text-slate-600">{intro}</p>
      {children}
    </Card>
  );
}

/** Account security: password, two-factor authentication, signed-in devices. */
export default async function AccountSecurityPage() {
  const actor = await getActor();
  if (!actor || actor.isGuest) redirect("/login?callbackUrl=/account/security");
  const [t, sessions, enabled] = await Promise.all([
    getTranslations("account"),
    findMySessions({ actor }),
    twoFactorEnabled(actor.id),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <PageTitle title={t("title")} intro={t("intro")} />
      {actor.twoFactorSetupRequired ? (
        <p role="alert" className="rounded-lg bg-amber-50 p-4 text-sm text-amber-900" data-testid="two-factor-required">
          {t("twoFactorRequired")}
        </p>
      ) : null}
      <Section title={t("twoFactorTitle")} intro={t("twoFactorIntro")}>
        <TwoFactorPanel enabled={enabled} />
      </Section>
      <Section title={t("passwordTitle")} intro={t("passwordIntro")}>
        <ChangePasswordForm />
      </Section>
      <Section title={t("timeZoneTitle")} intro={t("timeZoneIntro")}>
        <TimeZoneForm />
      </Section>
      <Section title={t("sessionsTitle")} intro={t("sessionsIntro")}>
        <SessionsList sessions={sessions} />
      </Section>
    </div>
  );
}
