"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { API_SCOPES, type ApiTokenDto } from "@/lib/contracts/api-token";
import type { ActionResult } from "@/lib/http/action";
import { useAction } from "../use-action";

type Props = {
  tokens: ApiTokenDto[];
  create(input: unknown): Promise<ActionResult<{ token: string }>>;
  revoke(tokenId: string): Promise<ActionResult<null>>;
};

/** Scoped tokens for the exchange's back office: made here, shown once, revoked here. */
export function ApiTokens({ tokens, create, revoke }: Props) {
  const t = useTranslations("exchange.tokens");
  const format = useFormatter();
  const [form, setForm] = useState({
    name: "",
    scopes: ["customers:write"] as string[],
    expiresInDays: "90",
    ratePerMinute: "600",
  });
  const [shown, setShown] = useState<string | null>(null);
  const { fields, pending, run } = useAction();
  const when = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : "—";
  const toggle = (scope: string) =>
    setForm({
      ...form,
      scopes: form.scopes.includes(scope) ? form.scopes.filter((s) => s !== scope) : [...form.scopes, scope],
    });
  return (
    <div className="divide-y divide-slate-100">
      <form
        className="space-y-3 p-4"
        onSubmit={(e) => {
          e.preventDefault();
          run(
            () => create(form),
            (data) => {
              setShown(data.token);
              setForm({ ...form, name: "" });
            },
          );
        }}
      >
        <div className="grid gap-3 md:grid-cols-3">
          <Field
            id="token-name"
            label={t("name")}
            value={form.name}
            error={fields.name}
            required
            maxLength={80}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
          />
          <Field
            id="token-expiry"
            type="number"
            min={0}
            max={730}
            label={t("expiresInDays")}
            hint={t("expiresHint")}
            value={form.expiresInDays}
            error={fields.expiresInDays}
            onChange={(e) => setForm({ ...form, expiresInDays: e.target.value })}
          />
          <Field
            id="token-rate"
            type="number"
            min={1}
            max={10000}
            label={t("ratePerMinute")}
            value={form.ratePerMinute}
            error={fields.ratePerMinute}
            onChange={(e) => setForm({ ...form, ratePerMinute: e.target.value })}
          />
        </div>
        <fieldset>
          <legend className="text-sm font-medium">{t("scopes")}</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {API_SCOPES.map((scope) => (
              <label key={scope} className="flex items-center gap-1.5 font-mono text-xs">
                <input type="checkbox" checked={form.scopes.includes(scope)} onChange={() => toggle(scope)} />
                {scope}
              </label>
            ))}
          </div>
          {fields.scopes ? <p className="mt-1 text-sm text-red-700">{fields.scopes}</p> : null}
        </fieldset>
        <div className="flex justify-end">
          <Button type="submit" disabled={pending}>
            {t("create")}
          </Button>
        </div>
        {shown ? (
          <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
            <p className="font-medium text-amber-900">{t("shownOnce")}</p>
            <code className="mt-1 block font-mono text-xs break-all" data-testid="api-token">
              {shown}
            </code>
          </div>
        ) : null}
      </form>
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-slate-500">
          <tr>
            <th className="px-4 py-2">{t("name")}</th>
            <th className="px-4 py-2">{t("scopes")}</th>
            <th className="px-4 py-2">{t("lastUsed")}</th>
            <th className="px-4 py-2">{t("expires")}</th>
            <th className="px-4 py-2" />
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className="border-t border-slate-100 align-top">
              <td className="px-4 py-2">
                {token.name}
                <div className="font-mono text-xs text-slate-500">{token.prefix}</div>
              </td>
              <td className="px-4 py-2 font-mono text-xs">{token.scopes.join(" ")}</td>
              <td className="px-4 py-2 text-xs">
                {when(token.lastUsedAt)}
                {token.lastUsedIp ? ` · ${token.lastUsedIp}` : ""}
              </td>
              <td className="px-4 py-2 text-xs">
                {token.revokedAt
                  ? t("revokedAt", { when: when(token.revokedAt) })
                  : token.expiresAt
                    ? when(token.expiresAt)
                    : t("never")}
              </td>
              <td className="px-4 py-2 text-right">
                {token.revokedAt ? null : (
                  <Button
                    type="button"
                    size="sm"
                    variant="secondary"
                    disabled={pending}
                    onClick={() =>
                      window.confirm(t("confirmRevoke", { name: token.name })) &&
                      run(
                        () => revoke(token.id),
                        () => toast.success(t("revoked")),
                      )
                    }
                  >
                    {t("revoke")}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
