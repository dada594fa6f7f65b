"use client";

import { localize } from "@/lib/i18n/locales";
import { ShieldAlert } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useApi } from "@/lib/client/hooks";
import type { AccountActionDto, AccountActionRunDto } from "@/lib/contracts/account-action";

type Target = { kind: "chat"; id: string } | { kind: "ticket"; ref: string };
type Action = Pick<AccountActionDto, "id" | "name" | "notice">;

const base = (target: Target) =>
  target.kind === "chat" ? `/api/v1/conversations/${target.id}` : `/api/v1/tickets/${target.ref}`;

/**
 * The urgent lane's tools on a chat or ticket: account actions on the exchange (after a confirmation that says what
 * the customer will be told) and case updates the customer sees.
 */
export function UrgentActions({ target, actions, urgent }: { target: Target; actions: Action[]; urgent: boolean }) {
  const t = useTranslations("exchange.urgent");
  const locale = useLocale();
  const [update, setUpdate] = useState("");
  const [pending, start] = useTransition();
  const api = useApi();
  const runAction = (action: Action) => {
    const name = localize(action.name, locale);
    if (!window.confirm(t("confirm", { action: name, notice: localize(action.notice, locale) }))) return;
    start(async () => {
      const result = await api.request<{ run: AccountActionRunDto }>(`${base(target)}/account-actions`, {
        body: { actionId: action.id, confirm: true },
      });
      if (!result.ok) return void toast.error(result.message || t("failed"));
      if (result.run.status === "SUCCEEDED") toast.success(t("done", { action: name }));
      else
        toast.error(t("refused", { action: name, reason: result.run.result ?? String(result.run.statusCode ?? "") }));
    });
  };
  const postUpdate = () =>
    start(async () => {
      const result = await api.request(`${base(target)}/case-updates`, { body: { body: update } });
      if (!result.ok) return void toast.error(result.message || t("failed"));
      setUpdate("");
      toast.success(t("updatePosted"));
    });
  return (
    <section
      aria-label={t("title")}
      className="space-y-3 rounded-2xl border border-red-200 bg-white p-4"
      data-testid="urgent-actions"
    >
      <h2 className="flex items-center gap-2 text-sm font-semibold text-red-800">
        <ShieldAlert aria-hidden className="size-4" />
        {t("title")}
      </h2>
      {urgent && actions.length ? (
        <div className="flex flex-wrap gap-2">
          {actions.map((action) => (
            <Button
              key={action.id}
              type="button"
              size="sm"
              variant="danger"
              disabled={pending}
              onClick={() => runAction(action)}
            >
              {localize(action.name, locale)}
            </Button>
          ))}
        </div>
      ) : (
        <p className="text-xs text-slate-500">{urgent ? t("noActions") : t("urgentOnly")}</p>
      )}
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (update.trim()) postUpdate();
        }}
      >
        <label htmlFor={`case-update-${target.kind}`} className="text-xs font-medium text-slate-600">
          {t("caseUpdate")}
        </label>
        <textarea
          id={`case-update-${target.kind}`}
          value={update}
          onChange={(e) => setUpdate(e.target.value)}
          rows={3}
          maxLength={4000}
          placeholder={t("caseUpdatePlaceholder")}
          className="w-full rounded-lg border border-slate-300 p-2 text-sm"
        />
        <Button type="submit" size="sm" variant="secondary" disabled={pending || !update.trim()}>
          {t("postUpdate")}
        </Button>
      </form>
    </section>
  );
}
