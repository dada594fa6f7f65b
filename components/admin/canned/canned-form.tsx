"use client";

import { LANGUAGES, localize } from "@/lib/i18n/locales";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/http/action";
import type { TeamOption } from "../teams/team-checkboxes";
import { useAction } from "../use-action";

export type CannedFields = { shortcut: string; locale: string; title: string; body: string; teamId: string | null };
export type SaveCanned = (cannedResponseId: string | null, input: unknown) => Promise<ActionResult>;

/** One saved reply: `/shortcut` and language, the title agents pick it by, the text, and who may use it. */
export function CannedForm({
  id,
  initial,
  teams,
  save,
  done,
}: {
  id: string | null;
  initial: CannedFields;
  teams: TeamOption[];
  save: SaveCanned;
  done?: () => void;
}) {
  const t = useTranslations("adminCanned");
  const locale = useLocale();
  const [form, setForm] = useState(initial);
  const { fields, pending, run } = useAction();
  const key = id ?? "new";
  return (
    <form
      className="space-y-4 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => save(id, form),
          () => {
            toast.success(t("saved"));
            if (!id) setForm({ ...initial, locale: form.locale, teamId: form.teamId });
            done?.();
          },
        );
      }}
    >
      <div className="grid gap-4 sm:grid-cols-[10rem_8rem_1fr_12rem]">
        <Field
          id={`${key}-shortcut`}
          label={t("shortcut")}
          hint={t("shortcutHint")}
          value={form.shortcut}
          error={fields.shortcut}
          required
          onChange={(e) => setForm({ ...form, shortcut: e.target.value })}
        />
        <SelectField
          id={`${key}-locale`}
          label={t("locale")}
          value={form.locale}
          onChange={(e) => setForm({ ...form, locale: e.target.value })}
        >
          {LANGUAGES.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.label}
            </option>
          ))}
        </SelectField>
        <Field
          id={`${key}-title`}
          label={t("titleLabel")}
          value={form.title}
          error={fields.title}
          required
          onChange={(e) => setForm({ ...form, title: e.target.value })}
        />
        <SelectField
          id={`${key}-team`}
          label={t("team")}
          value={form.teamId ?? ""}
          error={fields.teamId}
          onChange={(e) => setForm({ ...form, teamId: e.target.value || null })}
        >
          <option value="">{t("everyone")}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {localize(team.name, locale)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        id={`${key}-body`}
        label={t("body")}
        hint={t("bodyHint")}
        value={form.body}
        error={fields.body}
        required
        maxLength={5000}
        onChange={(e) => setForm({ ...form, body: e.target.value })}
      />
      <div className="text-right">
        <Button type="submit" disabled={pending}>
          {id ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
