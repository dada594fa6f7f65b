"use client";

import { languageOf, type Locale } from "@/lib/i18n/locales";
import { useTranslations } from "next-intl";
import { useDeferredValue } from "react";
import { ArticleBody } from "@/components/kb/article-body";

/** `questions`: the customer questions, one per line as the admin types them. */
export type TranslationDraft = { title: string; body: string; questions: string };

const input =
  "block w-full rounded-lg border bg-white px-3 text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none";

/** One language of an article: title, markdown body, and its live preview rendered by the site's own renderer. */
export function TranslationPane({
  locale,
  label,
  value,
  onChange,
  errors,
}: {
  locale: Locale;
  label: string;
  value: TranslationDraft;
  onChange: (value: TranslationDraft) => void;
  errors: { title?: string; body?: string };
}) {
  const t = useTranslations("kbAdmin.editor");
  const tq = useTranslations("botAdmin.questions");
  const preview = useDeferredValue(value.body);
  const id = `kb-${locale}`;
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="flex min-w-0 flex-col gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={`${id}-heading`} className="flex items-center gap-2 font-semibold text-slate-900">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{locale}</span>
        {label}
      </h2>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-title`} className="block text-sm font-medium text-slate-700">
          {t("title")}
        </label>
        <input
          id={`${id}-title`}
          lang={locale}
          value={value.title}
          onChange={(event) => onChange({ ...value, title: event.target.value })}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-title-error` : undefined}
          className={`${input} h-11 ${errors.title ? "border-red-500" : "border-slate-300"}`}
        />
        {errors.title ? (
          <p id={`${id}-title-error`} className="text-sm text-red-700">
            {errors.title}
          </p>
        ) : null}
      </div>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-body`} className="block text-sm font-medium text-slate-700">
          {t("body")}
        </label>
        <textarea
          id={`${id}-body`}
          lang={locale}
          value={value.body}
          onChange={(event) => onChange({ ...value, body: event.target.value })}
          rows={16}
          spellCheck={!languageOf(locale).compact}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={`${id}-body-hint${errors.body ? ` ${id}-body-error` : ""}`}
          className={`${input} py-2 font-mono text-sm leading-6 ${errors.body ? "border-red-500" : "border-slate-300"}`}
        />
        <p id={`${id}-body-hint`} className="text-xs text-slate-600">
          {t("markdownHint")}
        </p>
        {errors.body ? (
          <p id={`${id}-body-error`} className="text-sm text-red-700">
            {errors.body}
          </p>
        ) : null}
      </div>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-questions`} className="block text-sm font-medium text-slate-700">
          {tq("label")}
        </label>
        <textarea
          id={`${id}-questions`}
          lang={locale}
          value={value.questions}
          onChange={(event) => onChange({ ...value, questions: event.target.value })}
          rows={5}
          placeholder={tq(`placeholder.${locale}`)}
          aria-describedby={`${id}-questions-hint`}
          className={`${input} border-slate-300 py-2 text-sm leading-6`}
        />
        <p id={`${id}-questions-hint`} className="text-xs text-slate-600">
          {tq("hint")}
        </p>
      </div>
      <div>
        <p className="text-sm font-medium text-slate-700">{t("preview")}</p>
        <div
          lang={locale}
          aria-live="off"
          className="mt-1.5 max-h-[32rem] overflow-y-auto rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4"
        >
          {value.title ? <p className="mb-3 text-2xl font-bold text-slate-900">{value.title}</p> : null}
          {preview.trim() ? (
            <ArticleBody markdown={preview} />
          ) : (
            <p className="text-sm text-slate-500">{t("previewEmpty")}</p>
          )}
        </div>
      </div>
    </section>
  );
}
