"use client";

import { LANGUAGES } from "@/lib/i18n/locales";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextAreaField, Checkbox } from "@/components/ui/field";
import { useAction } from "@/components/admin/use-action";
import type { ActionResult } from "@/lib/http/action";
import type { LoggedCall } from "@/lib/contracts/phone";

const BLANK = {
  customerEmail: "",
  customerName: "",
  direction: "INBOUND",
  phoneNumber: "",
  minutes: "",
  notes: "",
  locale: "zh-CN",
  fileTicket: true,
  topic: "",
  subject: "",
  description: "",
};

/** Log a call on a customer by email and, ticked by default, file a ticket for them with the caller as requester. */
export function CallForm({
  topics,
  log,
}: {
  topics: { slug: string; label: string }[];
  log: (input: unknown) => Promise<ActionResult<LoggedCall>>;
}) {
  const t = useTranslations("phone");
  const [form, setForm] = useState({ ...BLANK, topic: topics[0]?.slug ?? "" });
  const [filed, setFiled] = useState<string | null>(null);
  const { fields, pending, run } = useAction();
  const set = (name: keyof typeof BLANK) => (e: { target: { value: string } }) =>
    setForm({ ...form, [name]: e.target.value });
  const field = (name: "customerEmail" | "customerName" | "phoneNumber" | "subject", label: string) => ({
    id: `call-${name}`,
    label,
    value: form[name],
    error: fields[name] ?? fields[`ticket.${name}`],
    onChange: set(name),
  });
  return (
    <form
      className="space-y-4 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const input = {
          customerEmail: form.customerEmail,
          customerName: form.customerName || undefined,
          direction: form.direction,
          phoneNumber: form.phoneNumber,
          durationSeconds: Math.round(Number(form.minutes || 0) * 60),
          notes: form.notes,
          locale: form.locale,
          ticket: form.fileTicket
            ? { topic: form.topic, subject: form.subject, description: form.description || form.notes }
            : undefined,
        };
        run(
          () => log(input),
          (call) => {
            toast.success(call.ticket ? t("filed", { ref: call.ticket.ref }) : t("logged"));
            setFiled(call.ticket?.ref ?? null);
            setForm({ ...BLANK, topic: form.topic });
          },
        );
      }}
    >
      {filed ? (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t("filed", { ref: filed })}{" "}
          <Link className="font-medium underline" href={`/console/tickets/${filed}`}>
            {t("open")}
          </Link>
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Field {...field("customerEmail", t("customerEmail"))} type="email" required maxLength={254} />
        <Field {...field("customerName", t("customerName"))} maxLength={80} />
        <Field {...field("phoneNumber", t("phoneNumber"))} type="tel" required maxLength={40} />
        <SelectField
          id="call-direction"
          label={t("direction")}
          value={form.direction}
          error={fields.direction}
          onChange={set("direction")}
        >
          <option value="INBOUND">{t("inbound")}</option>
          <option value="OUTBOUND">{t("outbound")}</option>
        </SelectField>
        <Field
          id="call-minutes"
          type="number"
          min={0}
          step="0.5"
          label={t("minutes")}
          value={form.minutes}
          error={fields.durationSeconds}
          onChange={set("minutes")}
        />
        <SelectField id="call-locale" label={t("language")} value={form.locale} onChange={set("locale")}>
          {LANGUAGES.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.label}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        id="call-notes"
        label={t("notes")}
        value={form.notes}
        error={fields.notes}
        onChange={set("notes")}
        maxLength={5000}
      />
      <Checkbox
        label={t("fileTicket")}
        checked={form.fileTicket}
        onChange={(checked) => setForm({ ...form, fileTicket: checked })}
      />
      {form.fileTicket ? (
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField
            id="call-topic"
            label={t("topic")}
            value={form.topic}
            error={fields["ticket.topic"]}
            onChange={set("topic")}
          >
            {topics.map((topic) => (
              <option key={topic.slug} value={topic.slug}>
                {topic.label}
              </option>
            ))}
          </SelectField>
          <Field {...field("subject", t("subject"))} required maxLength={200} />
          <div className="md:col-span-2">
            <TextAreaField
              id="call-description"
              label={t("description")}
              hint={t("descriptionHint")}
              value={form.description}
              error={fields["ticket.description"]}
              onChange={set("description")}
              maxLength={20000}
            />
          </div>
        </div>
      ) : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {form.fileTicket ? t("submitTicket") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
