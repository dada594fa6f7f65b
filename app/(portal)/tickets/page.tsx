import { LifeBuoy, MailCheck } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MyTicketList } from "@/components/tickets/my-ticket-list";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getActor } from "@/lib/auth/current";
import { findTickets } from "@/lib/services/tickets/find-tickets";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets"))("title") };
}

export default async function MyTicketsPage() {
  const [actor, t] = await Promise.all([getActor(), getTranslations("tickets")]);
  if (!actor) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
        <Card className="p-8 text-center sm:p-12">
          <LifeBuoy aria-hidden className="mx-auto size-12 text-brand-500" />
          <h1 className="mt-4 text-2xl font-bold tracking-tight">{t("anonTitle")}</h1>
          <p className="mx-auto mt-2 max-w-md text-slate-600">{t("anonBody")}</p>
          <div className="mt-6 flex flex-col justify-center gap-3 sm:flex-row">
            <ButtonLink href="/tickets/new" size="lg">
              {t("newTicket")}
            </ButtonLink>
            <ButtonLink href="/login?callbackUrl=/tickets" size="lg" variant="secondary">
              {t("loginForList")}
            </ButtonLink>
          </div>
          <p className="mx-auto mt-8 flex max-w-md items-start gap-2 text-left text-sm text-slate-500">
            <MailCheck aria-hidden className="mt-0.5 size-4 shrink-0" />
            {t("anonTrack")}
          </p>
        </Card>
      </div>
    );
  }
  const { tickets } = await findTickets({ actor, input: { page: 1, pageSize: 100 } });
  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{actor.isGuest ? t("guestSubtitle") : t("subtitle")}</p>
        </div>
        <ButtonLink href="/tickets/new">{t("newTicket")}</ButtonLink>
      </div>
      <MyTicketList tickets={tickets} />
    </div>
  );
}
