"use client";

import { languageOf } from "@/lib/i18n/locales";
import { useTranslations } from "next-intl";

export type CannedOption = { id: string; shortcut: string; title: string; body: string; locale: string };

/** The `/shortcut` suggestions above the composer: a listbox driven from the textarea's keys. */
export function CannedMenu({
  options,
  active,
  onPick,
}: {
  options: CannedOption[];
  active: number;
  onPick(option: CannedOption): void;
}) {
  const t = useTranslations("chat.composer");
  return (
    <div className="absolute right-0 bottom-full left-0 z-20 mb-2 max-h-72 overflow-y-auto rounded-xl border border-slate-200 bg-white p-1 shadow-xl">
      <p className="px-2.5 pt-1.5 pb-1 text-[0.6875rem] font-semibold tracking-wide text-slate-500 uppercase">
        {t("cannedTitle")}
      </p>
      {options.length === 0 ? <p className="px-2.5 py-2 text-sm text-slate-500">{t("cannedNone")}</p> : null}
      <ul role="listbox" id="canned-listbox" aria-label={t("cannedTitle")}>
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`canned-${option.id}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(option);
            }}
            className={`cursor-pointer rounded-lg px-2.5 py-2 ${index === active ? "bg-brand-50" : "hover:bg-slate-50"}`}
          >
            <div className="flex items-center gap-2 text-sm">
              <span className="font-mono font-semibold text-brand-700">/{option.shortcut}</span>
              <span className="truncate font-medium text-slate-800">{option.title}</span>
              <span className="ml-auto rounded bg-slate-100 px-1.5 py-0.5 text-[0.625rem] font-medium text-slate-500">
                {languageOf(option.locale).label}
              </span>
            </div>
            <p className="mt-0.5 line-clamp-1 text-xs text-slate-500">{option.body}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
