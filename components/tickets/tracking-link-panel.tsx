"use client";

import { KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useApi } from "@/lib/client/hooks";

/** For the requester: what the private link is, and a way to revoke it (the new one is shown and emailed). */
export function TrackingLinkPanel({ ticketRef }: { ticketRef: string }) {
  const t = useTranslations("tickets.detail");
  const api = useApi();
  const [url, setUrl] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  function regenerate() {
    if (!window.confirm(t("regenerateConfirm"))) return;
    startTransition(async () => {
      const result = await api.request<{ trackingUrl?: string | null }>(`/api/v1/tickets/${ticketRef}/tracking-key`, {
        method: "POST",
      });
      if (!result.ok) return void toast.error(result.message);
      setUrl(result.trackingUrl ?? null);
      toast.success(t("regenerated"));
    });
  }
  return (
    <Card className="p-5 text-sm">
      <h2 className="flex items-center gap-2 font-semibold text-slate-900">
        <KeyRound aria-hidden className="size-4 text-brand-600" />
        {t("trackingTitle")}
      </h2>
      <p className="mt-2 text-slate-600">{t("trackingBody")}</p>
      {url ? (
        <div className="mt-3">
          <label htmlFor="new-tracking-url" className="text-xs font-medium text-slate-500">
            {t("newLink")}
          </label>
          <input
            id="new-tracking-url"
            readOnly
            value={url}
            onFocus={(e) => e.target.select()}
            className="mt-1 h-9 w-full rounded-md border border-slate-300 bg-slate-50 px-2 font-mono text-xs"
          />
        </div>
      ) : null}
      <Button type="button" variant="secondary" size="sm" className="mt-3" onClick={regenerate} disabled={pending}>
        {pending ? t("regenerating") : t("regenerate")}
      </Button>
    </Card>
  );
}
