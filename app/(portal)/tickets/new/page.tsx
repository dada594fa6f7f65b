import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TicketForm } from "@/components/tickets/ticket-form";
import { Card } from "@/components/ui/card";
import { getActor } from "@/lib/auth/current";
import type { Locale } from "@/lib/i18n/locales";
import { findTicketTopics } from "@/lib/services/tickets/find-ticket-topics";
import { guestContactEmail } from "@/lib/services/users/guests";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets.form"))("title") };
}

export default async function NewTicketPage() {
  const [actor, t, locale] = await Promise.all([getActor(), getTranslations("tickets.form"), getLocale()]);
  const [topics, guestEmail] = await Promise.all([
    findTicketTopics({ locale: locale as Locale }),
    guestContactEmail({ actor }),
  ]);
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <div className="mb-6">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("subtitle")}</p>
      </div>
      <Card className="p-5 sm:p-8">
        <TicketForm topics={topics} needsEmail={!actor || actor.isGuest} defaultEmail={guestEmail} />
      </Card>
    </div>
  );
}
