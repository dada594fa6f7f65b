"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, Checkbox } from "@/components/ui/field";
import { WEBHOOK_EVENTS } from "@/lib/contracts/webhook";
import type { ActionResult } from "@/lib/http/action";
import { useAction } from "../use-action";

export type WebhookFields = { url: string; description: string; events: string[]; active: boolean };

/** A subscription: the receiver's URL and the events it wants. */
export function WebhookForm({
  id,
  initial,
  save,
}: {
  id: string | null;
  initial: WebhookFields;
  save(input: unknown): Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("exchange.webhooks");
  const [form, setForm] = useState(initial);
  const { fields, pending, run } = useAction();
  const key = id ?? "new-hook";
  const toggle = (event: string) =>
    setForm({
      ...form,
      events: form.events.includes(event) ? form.events.filter((e) => e !== event) : [...form.events, event],
    });
  return (
    <form
      className="space-y-3 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => save(form),
          () => toast.success(t("saved")),
        );
      }}
    >
      <div className="grid gap-3 md:grid-cols-2">
        <Field
          id={`${key}-url`}
          type="url"
          label={t("url")}
          value={form.url}
          error={fields.url}
          required
          onChange={(e) => setForm({ ...form, url: e.target.value })}
        />
        <Field
          id={`${key}-description`}
          label={t("description")}
          value={form.description}
          error={fields.description}
          maxLength={200}
          onChange={(e) => setForm({ ...form, description: e.target.value })}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium">{t("events")}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="flex items-center gap-1.5 font-mono text-xs">
              <input type="checkbox" checked={form.events.includes(event)} onChange={() => toggle(event)} />
              {event}
            </label>
          ))}
        </div>
        {fields.events ? <p className="mt-1 text-sm text-red-700">{fields.events}</p> : null}
      </fieldset>
      <div className="flex items-center justify-between">
        <Checkbox
          label={t("active")}
          checked={form.active}
          onChange={(checked) => setForm({ ...form, active: checked })}
        />
        <Button type="submit" disabled={pending}>
          {id ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
