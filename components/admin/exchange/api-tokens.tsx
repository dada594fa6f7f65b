"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
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
  const columns: ColumnDef<ApiTokenDto>[] = [
    {
      id: "name",
      header: t("name"),
      accessorKey: "name",
      cell: ({ row: { original: token } }) => (
        <>
          {token.name}
          <div className="font-mono text-xs text-slate-500">{token.prefix}</div>
        </>
      ),
    },
    {
      id: "scopes",
      header: t("scopes"),
      accessorFn: (token) => token.scopes.join(" "),
      meta: { className: "font-mono text-xs" },
    },
    {
      id: "lastUsed",
      header: t("lastUsed"),
      accessorFn: (token) => token.lastUsedAt ?? "",
      cell: ({ row: { original: token } }) =>
        `${when(token.lastUsedAt)}${token.lastUsedIp ? ` · ${token.lastUsedIp}` : ""}`,
      meta: { className: "text-xs" },
    },
    {
      id: "expires",
      header: t("expires"),
      accessorFn: (token) => token.revokedAt ?? token.expiresAt ?? "~",
      cell: ({ row: { original: token } }) =>
        token.revokedAt
          ? t("revokedAt", { when: when(token.revokedAt) })
          : token.expiresAt
            ? when(token.expiresAt)
            : t("never"),
      meta: { className: "text-xs" },
    },
    {
      id: "revoke",
      header: () => <span className="sr-only">{t("revoke")}</span>,
      cell: ({ row: { original: token } }) =>
        token.revokedAt ? null : (
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
        ),
      meta: { className: "text-right" },
    },
  ];
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
      <div className="p-4">
        <DataTable data={tokens} columns={columns} testId="api-tokens" emptyText={t("empty")} tableClassName="w-full" />
      </div>
    </div>
  );
}
