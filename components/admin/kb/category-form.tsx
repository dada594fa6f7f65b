"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CATEGORY_ICONS } from "@/lib/contracts/kb";
import type { Failure } from "@/lib/contracts/result";

export type CategoryValues = {
  slug: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  icon: string;
};

const blank: CategoryValues = { slug: "", nameZh: "", nameEn: "", descriptionZh: "", descriptionEn: "", icon: "book" };

/** A category's fields; the submit returns the API's failure (shown per field) or null. */
export function CategoryForm({
  initial = blank,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: CategoryValues;
  submitLabel: string;
  onSubmit: (values: CategoryValues) => Promise<Failure | null>;
  onCancel?: () => void;
}) {
  const t = useTranslations("kbAdmin.categories");
  const [values, setValues] = useState<CategoryValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const id = (name: string) => `${initial.slug || "new"}-${name}`;
  const bind = (name: keyof CategoryValues) => ({
    id: id(name),
    value: values[name],
    error: errors[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [name]: event.target.value }),
  });
  return (
    <form
      noValidate
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        const failure = await onSubmit(values);
        setPending(false);
        setErrors(
          failure
            ? { ...failure.fields, ...(Object.keys(failure.fields ?? {}).length ? {} : { _: failure.message }) }
            : {},
        );
        if (!failure && !onCancel) setValues(blank);
      }}
    >
      <Field label={t("nameZh")} lang="zh-CN" {...bind("nameZh")} />
      <Field label={t("nameEn")} lang="en" {...bind("nameEn")} />
      <Field label={t("slug")} hint={t("slugHint")} {...bind("slug")} />
      <div className="space-y-1.5">
        <label htmlFor={id("icon")} className="block text-sm font-medium text-slate-700">
          {t("icon")}
        </label>
        <select
          id={id("icon")}
          value={values.icon}
          onChange={(event) => setValues({ ...values, icon: event.target.value })}
          className="h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-slate-900"
        >
          {CATEGORY_ICONS.map((icon) => (
            <option key={icon} value={icon}>
              {icon}
            </option>
          ))}
        </select>
      </div>
      <Field label={t("descriptionZh")} lang="zh-CN" {...bind("descriptionZh")} />
      <Field label={t("descriptionEn")} lang="en" {...bind("descriptionEn")} />
      {errors._ ? (
        <p role="alert" className="text-sm text-red-700 sm:col-span-2">
          {errors._}
        </p>
      ) : null}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" variant="ghost" onClick={onCancel}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
