"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { LocalizedFields } from "@/components/ui/localized-fields";
import { localize, type LocalizedText } from "@/lib/i18n/locales";
import type { ActionResult } from "@/lib/http/action";
import { useAction } from "../use-action";

type Input = { slug: string; name: LocalizedText };
const EMPTY: Input = { slug: "", name: {} };

/** A new skill group: an address-like slug and its name in every language. */
export function NewTeamForm({ create }: { create: (input: Input) => Promise<ActionResult> }) {
  const t = useTranslations("adminTeams");
  const locale = useLocale();
  const [form, setForm] = useState<Input>(EMPTY);
  const { fields, pending, run } = useAction();
  return (
    <form
      className="grid items-start gap-4 p-4 sm:grid-cols-2 lg:grid-cols-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => create(form),
          () => (toast.success(t("teamCreated", { name: localize(form.name, locale) })), setForm(EMPTY)),
        );
      }}
    >
      <Field
        id="team-slug"
        label={t("slug")}
        hint={t("slugHint")}
        value={form.slug}
        error={fields.slug}
        required
        onChange={(e) => setForm({ ...form, slug: e.target.value })}
      />
      <LocalizedFields
        name="name"
        idPrefix="team-"
        label={t("teamName")}
        required
        value={form.name}
        errors={fields}
        onChange={(name) => setForm({ ...form, name })}
      />
      <Button type="submit" className="sm:mt-7" disabled={pending}>
        {t("createTeam")}
      </Button>
    </form>
  );
}
