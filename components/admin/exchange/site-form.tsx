"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, SelectField, Checkbox } from "@/components/ui/field";
import type { ActionResult } from "@/lib/http/action";
import { useAction } from "../use-action";

export type SiteFields = {
  key: string;
  name: string;
  issuer: string;
  audience: string;
  algorithm: "HS256" | "JWKS";
  jwksUrl: string | null;
  identityRequired: boolean;
};
export type SaveSite = (siteId: string | null, input: unknown) => Promise<ActionResult<{ secret: string | null }>>;

/** A site's identity settings; a new HS256 site's secret is shown once, for the exchange's backend. */
export function SiteForm({
  id,
  initial,
  save,
  onSecret,
}: {
  id: string | null;
  initial: SiteFields;
  save: SaveSite;
  onSecret(secret: string): void;
}) {
  const t = useTranslations("exchange.admin");
  const [form, setForm] = useState(initial);
  const { fields, pending, run } = useAction();
  const key = id ?? "new";
  const text = (name: "key" | "name" | "issuer" | "audience") => ({
    id: `${key}-${name}`,
    label: t(`site.${name}`),
    value: form[name],
    error: fields[name],
    required: true,
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });
  return (
    <form
      className="space-y-3 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const input = { ...form, jwksUrl: form.algorithm === "JWKS" ? form.jwksUrl || undefined : undefined };
        run(
          () => save(id, input),
          (data) => {
            toast.success(t("saved"));
            if (data.secret) onSecret(data.secret);
          },
        );
      }}
    >
      <div className="grid gap-3 md:grid-cols-2">
        <Field {...text("name")} maxLength={80} />
        <Field {...text("key")} hint={t("site.keyHint")} maxLength={64} readOnly={Boolean(id)} />
        <Field {...text("issuer")} maxLength={200} />
        <Field {...text("audience")} maxLength={200} />
        <SelectField
          id={`${key}-algorithm`}
          label={t("site.algorithm")}
          value={form.algorithm}
          onChange={(e) => setForm({ ...form, algorithm: e.target.value === "JWKS" ? "JWKS" : "HS256" })}
        >
          <option value="HS256">{t("site.hs256")}</option>
          <option value="JWKS">{t("site.jwks")}</option>
        </SelectField>
        {form.algorithm === "JWKS" ? (
          <Field
            id={`${key}-jwksUrl`}
            type="url"
            label={t("site.jwksUrl")}
            value={form.jwksUrl ?? ""}
            error={fields.jwksUrl}
            onChange={(e) => setForm({ ...form, jwksUrl: e.target.value })}
          />
        ) : null}
      </div>
      <div className="flex items-center justify-between gap-4">
        <Checkbox
          label={t("site.identityRequired")}
          checked={form.identityRequired}
          onChange={(checked) => setForm({ ...form, identityRequired: checked })}
        />
        <Button type="submit" disabled={pending}>
          {id ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
