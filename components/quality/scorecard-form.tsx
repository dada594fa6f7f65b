"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { useAction } from "@/components/admin/use-action";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/field";
import { LocalizedFields } from "@/components/ui/localized-fields";
import { MAX_CRITERIA, type ScorecardDto } from "@/lib/contracts/quality";
import type { ActionResult } from "@/lib/http/action";

export type ScorecardFields = Pick<ScorecardDto, "name" | "active" | "criteria">;
export type SaveScorecard = (input: unknown) => Promise<ActionResult>;

const newKey = () => crypto.randomUUID().slice(0, 8);

/** A scorecard's name and criteria in every language; a new card starts with one empty criterion. */
export function ScorecardForm({
  id,
  initial,
  save,
  done,
}: {
  id: string | null;
  initial: ScorecardFields;
  save: SaveScorecard;
  done?: () => void;
}) {
  const t = useTranslations("quality.scorecards");
  const [form, setForm] = useState(initial);
  const { fields, pending, run } = useAction();
  const prefix = `card-${id ?? "new"}-`;
  const setCriterion = (index: number, label: ScorecardFields["criteria"][number]["label"]) =>
    setForm({ ...form, criteria: form.criteria.map((c, i) => (i === index ? { ...c, label } : c)) });

  return (
    <form
      className="space-y-4 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        run(
          () => save({ ...form, ...(id ? { id } : {}) }),
          () => {
            toast.success(t("saved"));
            if (!id) setForm({ name: {}, active: false, criteria: [{ key: newKey(), label: {} }] });
            done?.();
          },
        );
      }}
    >
      <div className="grid gap-4 md:grid-cols-3">
        <LocalizedFields
          name="name"
          idPrefix={prefix}
          label={t("name")}
          required
          maxLength={80}
          value={form.name}
          errors={fields}
          onChange={(name) => setForm({ ...form, name })}
        />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-800">{t("criteria")}</legend>
        {fields.criteria ? <p className="text-sm text-red-600">{fields.criteria}</p> : null}
        {form.criteria.map((criterion, index) => (
          <div key={criterion.key} className="rounded-xl border border-slate-200 bg-white p-3">
            {form.criteria.length > 1 ? (
              <div className="-mt-1 mb-1 flex justify-end">
                <Button
                  type="button"
                  size="sm"
                  variant="ghost"
                  onClick={() => setForm({ ...form, criteria: form.criteria.filter((_, i) => i !== index) })}
                >
                  {t("removeCriterion", { n: index + 1 })}
                </Button>
              </div>
            ) : null}
            <div className="grid gap-3 md:grid-cols-3">
              <LocalizedFields
                name={`criteria.${index}.label`}
                idPrefix={prefix}
                label={t("criterion", { n: index + 1 })}
                required
                maxLength={80}
                value={criterion.label}
                errors={fields}
                onChange={(label) => setCriterion(index, label)}
              />
            </div>
          </div>
        ))}
        {form.criteria.length < MAX_CRITERIA ? (
          <Button
            type="button"
            size="sm"
            variant="secondary"
            onClick={() => setForm({ ...form, criteria: [...form.criteria, { key: newKey(), label: {} }] })}
          >
            {t("addCriterion")}
          </Button>
        ) : null}
      </fieldset>
      <Checkbox
        id={`${prefix}active`}
        label={t("active")}
        checked={form.active}
        onChange={(active) => setForm({ ...form, active })}
      />
      <Button type="submit" disabled={pending}>
        {id ? t("save") : t("create")}
      </Button>
    </form>
  );
}
