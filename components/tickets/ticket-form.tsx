"use client";

import { ShieldAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ButtonLink, Button } from "@/components/ui/button";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { useApi } from "@/lib/client/hooks";
import type { Failure } from "@/lib/contracts/result";
import { FilePicker, uploadAll, type PickedFile } from "./file-picker";
import { TicketCreated, type CreatedTicket } from "./ticket-created";

export type TopicOption = { slug: string; label: string; urgent: boolean };

/**
 * The submission form: topic, subject, description, up to five files; visitors also give their email. Files are
 * uploaded on submit (a visitor first becomes a guest, so the files and the ticket belong to the same person).
 */
export function TicketForm({
  topics,
  needsEmail,
  defaultEmail,
}: {
  topics: TopicOption[];
  needsEmail: boolean;
  defaultEmail?: string;
}) {
  const t = useTranslations("tickets.form");
  const errors = useTranslations("errors");
  const api = useApi();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [topic, setTopic] = useState("");
  const [created, setCreated] = useState<CreatedTicket | null>(null);
  const [pending, startTransition] = useTransition();

  function fail(failure: Failure) {
    setFields(failure.fields ?? {});
    setMessage(failure.message);
  }

  function submit(form: FormData) {
    const input = {
      topic: String(form.get("topic") ?? ""),
      subject: String(form.get("subject") ?? ""),
      description: String(form.get("description") ?? ""),
      ...(needsEmail
        ? { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? "") || undefined }
        : {}),
    };
    startTransition(async () => {
      setMessage(null);
      setFields({});
      if (needsEmail && files.length) {
        const guest = await api.request("/api/v1/tickets/guest", { body: { email: input.email, name: input.name } });
        if (!guest.ok) return fail(guest);
      }
      const ids = await uploadAll(api, files, setFiles, (name) => t("fileTypeNotAllowed", { name }));
      if (!ids) return setMessage(errors("VALIDATION_FAILED"));
      const result = await api.request<{ ticket: CreatedTicket }>("/api/v1/tickets", {
        body: { ...input, attachmentIds: ids },
      });
      if (!result.ok) return fail(result);
      setCreated({ ...result.ticket, email: input.email ?? defaultEmail ?? "" });
      window.scrollTo({ top: 0 });
    });
  }

  if (created)
    return <TicketCreated ticket={created} onAnother={() => (setCreated(null), setFiles([]), setTopic(""))} />;
  const urgent = topics.find((option) => option.slug === topic)?.urgent;

  return (
    <form
      // onSubmit, not a form action: React resets a form after its action runs, and a refused submission must keep
      // what the customer typed.
      onSubmit={(event) => {
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
      noValidate
      className="space-y-5"
      data-testid="ticket-form"
    >
      <SelectField
        id="topic"
        name="topic"
        label={t("topic")}
        error={fields.topic}
        value={topic}
        onChange={(e) => setTopic(e.target.value)}
        required
      >
        <option value="" disabled>
          {t("topicPlaceholder")}
        </option>
        {topics.map((option) => (
          <option key={option.slug} value={option.slug}>
            {option.label}
          </option>
        ))}
      </SelectField>
      {urgent ? (
        <div className="flex gap-3 rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-900" role="note">
          <ShieldAlert aria-hidden className="mt-0.5 size-5 shrink-0 text-red-600" />
          <div>
            <p className="font-semibold">{t("urgentTitle")}</p>
            <p className="mt-1">{t("urgentBody")}</p>
            <ButtonLink href="/chat" size="sm" variant="danger" className="mt-3">
              {t("urgentAction")}
            </ButtonLink>
          </div>
        </div>
      ) : null}
      {needsEmail ? (
        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            id="email"
            name="email"
            type="email"
            label={t("email")}
            hint={t("emailHint")}
            error={fields.email}
            autoComplete="email"
            defaultValue={defaultEmail}
            required
          />
          <Field id="name" name="name" label={t("name")} error={fields.name} autoComplete="name" />
        </div>
      ) : null}
      <Field
        id="subject"
        name="subject"
        label={t("subject")}
        placeholder={t("subjectPlaceholder")}
        error={fields.subject}
        maxLength={200}
        required
      />
      <TextAreaField
        id="description"
        name="description"
        label={t("description")}
        hint={t("descriptionHint")}
        error={fields.description}
        rows={7}
        required
      />
      <FilePicker files={files} onChange={setFiles} disabled={pending} />
      {fields.attachmentIds ? <p className="text-sm text-red-600">{fields.attachmentIds}</p> : null}
      <p role="alert" aria-live="assertive" className="min-h-5 text-sm text-red-600" data-testid="form-error">
        {message}
      </p>
      <div className="flex flex-col-reverse items-stretch gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-xs text-slate-500">{needsEmail ? t("privacy") : null}</p>
        <Button type="submit" size="lg" disabled={pending} data-testid="ticket-submit">
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
