import { MessageCircle, Ticket } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

/** "Still need help?" — the way out of self-service, at the end of every help page. */
export async function ContactCta() {
  const t = await getTranslations("kb");
  return (
    <section
      aria-labelledby="kb-contact"
      className="flex flex-col gap-4 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:flex-row sm:items-center"
    >
      <div className="flex-1">
        <h2 id="kb-contact" className="font-semibold text-slate-900">
          {t("contact.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("contact.body")}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <ButtonLink href="/chat">
          <MessageCircle aria-hidden className="size-4" />
          {t("contact.chat")}
        </ButtonLink>
        <ButtonLink href="/tickets/new" variant="secondary">
          <Ticket aria-hidden className="size-4" />
          {t("contact.ticket")}
        </ButtonLink>
      </div>
    </section>
  );
}
