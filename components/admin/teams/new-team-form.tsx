"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/http/action";
import { useAction } from "../use-action";

type Input = { slug: string; nameEn: string; nameZh: string };
const EMPTY: Input = { slug: "", nameEn: "", nameZh: "" };

/** A new skill group: an address-like slug and its name in both languages. */
export function NewTeamForm({ create }: { create: (input: Input) => Promise<ActionResult> }) {
  const t = useTranslations("adminTeams");
  const [form, setForm] = useState<Input>(EMPTY);
  const { fields, pending, run } = useAction();
  return (
    <form
      className="grid items-start gap-4 p-4 sm:grid-cols-[1fr_1fr_1fr_auto]"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => create(form),
          () => (toast.success(t("teamCreated", { name: form.nameEn })), setForm(EMPTY)),
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
      <Field
        id="team-name-zh"
        label={t("nameZh")}
        value={form.nameZh}
        error={fields.nameZh}
        required
        onChange={(e) => setForm({ ...form, nameZh: e.target.value })}
      />
      <Field
        id="team-name-en"
        label={t("nameEn")}
        value={form.nameEn}
        error={fields.nameEn}
        required
        onChange={(e) => setForm({ ...form, nameEn: e.target.value })}
      />
      <Button type="submit" className="sm:mt-7" disabled={pending}>
        {t("createTeam")}
      </Button>
    </form>
  );
}
