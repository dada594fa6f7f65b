"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { saveGlossaryAction } from "@/app/admin/kb/glossary/actions";
import { useAction } from "@/components/admin/use-action";

/** The domain glossary as one text: a group of synonyms per line. */
export function GlossaryEditor({ initialText, initialGroups }: { initialText: string; initialGroups: number }) {
  const t = useTranslations("botAdmin");
  const [text, setText] = useState(initialText);
  const [groups, setGroups] = useState(initialGroups);
  const { fields, pending, run } = useAction();
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        run(
          () => saveGlossaryAction({ text }),
          (saved) => {
            setGroups(saved.groups);
            toast.success(t("saved", { groups: saved.groups }));
          },
        );
      }}
    >
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{t("glossaryTitle")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("glossaryIntro")}</p>
      </div>
      <label htmlFor="glossary-text" className="flex items-baseline justify-between text-sm font-medium text-slate-700">
        {t("glossaryLabel")}
        <span className="text-xs font-normal text-slate-500">{t("count", { groups })}</span>
      </label>
      <textarea
        id="glossary-text"
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={24}
        aria-invalid={fields.text ? true : undefined}
        aria-describedby={fields.text ? "glossary-error" : undefined}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm leading-6 text-slate-900 shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
      />
      {fields.text ? (
        <p id="glossary-error" role="alert" className="text-sm text-red-700">
          {fields.text}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("save")}
      </button>
    </form>
  );
}
