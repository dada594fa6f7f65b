"use client";

import { CheckCircle2, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";

export type CreatedTicket = { ref: string; trackingUrl: string; trackingPath: string; email: string };

/** After submitting: the number, the private tracking link (copyable), and where it was emailed. */
export function TicketCreated({ ticket, onAnother }: { ticket: CreatedTicket; onAnother: () => void }) {
  const t = useTranslations("tickets.created");
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard?.writeText(ticket.trackingUrl).catch(() => {});
    setCopied(true);
    setTimeout(() => setCopied(false), 2500);
  }
  return (
    <section className="space-y-6 text-center" aria-labelledby="ticket-created-title" data-testid="ticket-created">
      <CheckCircle2 aria-hidden className="mx-auto size-14 text-emerald-500" />
      <div>
        <h2 id="ticket-created-title" className="text-2xl font-bold tracking-tight text-slate-900">
          {t("title")}
        </h2>
        <p className="mt-2 text-lg text-slate-700">{t("lead")}</p>
        <p className="mx-auto mt-1 text-2xl font-bold tracking-wide text-brand-700" data-testid="ticket-ref">
          {ticket.ref}
        </p>
      </div>
      {ticket.email ? (
        <p className="mx-auto max-w-md text-sm text-slate-600">{t("body", { email: ticket.email })}</p>
      ) : null}
      <div className="mx-auto max-w-xl text-left">
        <label htmlFor="tracking-url" className="text-xs font-medium tracking-wide text-slate-500 uppercase">
          {t("trackingLink")}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="tracking-url"
            readOnly
            value={ticket.trackingUrl}
            className="h-10 min-w-0 flex-1 rounded-lg border border-slate-300 bg-slate-50 px-3 font-mono text-xs text-slate-700"
            onFocus={(e) => e.target.select()}
          />
          <Button type="button" variant="secondary" onClick={copy} aria-live="polite">
            <Copy aria-hidden className="size-4" />
            {copied ? t("copied") : t("copy")}
          </Button>
        </div>
      </div>
      <div className="flex flex-col justify-center gap-3 sm:flex-row">
        <ButtonLink href={ticket.trackingPath} data-testid="view-ticket">
          {t("view")}
        </ButtonLink>
        <Button type="button" variant="ghost" onClick={onAnother}>
          {t("another")}
        </Button>
      </div>
    </section>
  );
}
