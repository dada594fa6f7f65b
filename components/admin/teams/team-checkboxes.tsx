"use client";

import { localize, type LocalizedText } from "@/lib/i18n/locales";
import { useLocale } from "next-intl";

export type TeamOption = { id: string; name: LocalizedText };

/** One toggle chip per team; `label` names the group for screen readers. */
export function TeamCheckboxes({
  teams,
  value,
  onChange,
  label,
}: {
  teams: TeamOption[];
  value: string[];
  onChange: (ids: string[]) => void;
  label: string;
}) {
  const locale = useLocale();
  return (
    <fieldset className="flex flex-wrap gap-1.5">
      <legend className="sr-only">{label}</legend>
      {teams.map((team) => {
        const checked = value.includes(team.id);
        return (
          <label
            key={team.id}
            className={`cursor-pointer rounded-full border px-2.5 py-1 text-xs font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-300 ${checked ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300 bg-white text-slate-600 hover:bg-slate-50"}`}
          >
            <input
              type="checkbox"
              className="sr-only"
              checked={checked}
              onChange={(e) => onChange(e.target.checked ? [...value, team.id] : value.filter((id) => id !== team.id))}
            />
            {localize(team.name, locale)}
          </label>
        );
      })}
    </fieldset>
  );
}
