"use client";

import { localize, type LocalizedText } from "@/lib/i18n/locales";
import { Loader2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useApi } from "@/lib/client/hooks";
import type { ConversationDto, MessageDto } from "@/lib/contracts/chat";
import { newClientId } from "@/lib/realtime/conversation-sync";

export type TopicChoice = { slug: string; name: LocalizedText };

/** POST /api/v1/conversations answers with the new chat (and, for the widget, the guest token to present). */
export type Started = { conversation: ConversationDto; message: MessageDto | null; guestToken?: string };

type Props = {
  topics: TopicChoice[];
  initialTopic?: string | null;
  widget?: boolean;
  onStarted(started: Started): void;
};

const inputClass =
  "block w-full rounded-lg border bg-white px-3 py-2 text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none";

/** Name, email, topic and the question: a visitor's way into a chat. Errors come back per field, in their language. */
export function PrechatForm({ topics, initialTopic, widget, onStarted }: Props) {
  const t = useTranslations("chat.prechat");
  const locale = useLocale();
  const api = useApi();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [clientId] = useState(newClientId);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = String(form.get("message") ?? "").trim();
    setPending(true);
    setError(null);
    setFields({});
    const started = await api.request<Started>("/api/v1/conversations", {
      widget,
      body: {
        name: form.get("name"),
        email: form.get("email"),
        topic: form.get("topic") || undefined,
        locale,
        message: body ? { clientId, body } : undefined,
      },
    });
    if (started.ok) return onStarted(started);
    setFields(started.fields ?? {});
    setError(started.code === "NETWORK" ? t("offline") : started.message || t("failed"));
    setPending(false);
  }

  const field = (name: string) => ({
    id: `prechat-${name}`,
    name,
    "aria-invalid": fields[name] ? true : undefined,
    "aria-describedby": fields[name] ? `prechat-${name}-error` : undefined,
    className: `${inputClass} ${fields[name] ? "border-red-500" : "border-slate-300"}`,
  });
  const fieldError = (name: string) =>
    fields[name] ? (
      <p id={`prechat-${name}-error`} className="mt-1 text-sm text-red-600">
        {fields[name]}
      </p>
    ) : null;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="prechat-form">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="prechat-name" className="mb-1.5 block text-sm font-medium text-slate-700">
            {t("name")}
          </label>
          <input {...field("name")} autoComplete="name" required maxLength={80} />
          {fieldError("name")}
        </div>
        <div>
          <label htmlFor="prechat-email" className="mb-1.5 block text-sm font-medium text-slate-700">
            {t("email")}
          </label>
          <input {...field("email")} type="email" autoComplete="email" required maxLength={254} />
          {fieldError("email")}
        </div>
      </div>
      <div>
        <label htmlFor="prechat-topic" className="mb-1.5 block text-sm font-medium text-slate-700">
          {t("topic")}
        </label>
        <select {...field("topic")} defaultValue={initialTopic ?? ""}>
          <option value="">{t("topicPlaceholder")}</option>
          {topics.map((topic) => (
            <option key={topic.slug} value={topic.slug}>
              {localize(topic.name, locale)}
            </option>
          ))}
        </select>
        {fieldError("topic")}
      </div>
      <div>
        <label htmlFor="prechat-message" className="mb-1.5 block text-sm font-medium text-slate-700">
          {t("message")}
        </label>
        <textarea {...field("message")} rows={3} maxLength={5000} placeholder={t("messagePlaceholder")} />
        {fieldError("message.body")}
      </div>
      {error ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="inline-flex h-11 w-full items-center justify-center gap-2 rounded-lg bg-brand-700 px-4 font-medium text-white shadow-sm hover:bg-brand-800 disabled:opacity-60"
        data-testid="prechat-submit"
      >
        {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : null}
        {pending ? t("starting") : t("start")}
      </button>
      <p className="text-xs text-slate-500">{t("privacy")}</p>
    </form>
  );
}
