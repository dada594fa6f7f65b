"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { LocalizedFields } from "@/components/ui/localized-fields";
import type { LocalizedText } from "@/lib/i18n/locales";
import { CATEGORY_ICONS } from "@/lib/contracts/kb";
import type { Failure } from "@/lib/contracts/result";

export type CategoryValues = {
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
  icon: string;
};

const blank: CategoryValues = { slug: "", name: {}, description: {}, icon: "book" };

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
  const bind = (name: "slug") => ({
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
      <LocalizedFields
        name="name"
        idPrefix={id("")}
        label={t("name")}
        required
        value={values.name}
        errors={errors}
        onChange={(name) => setValues({ ...values, name })}
      />
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
              {t(`icons.${icon}`)}
            </option>
          ))}
        </select>
      </div>
      <LocalizedFields
        name="description"
        idPrefix={id("")}
        label={t("description")}
        value={values.description}
        errors={errors}
        onChange={(description) => setValues({ ...values, description })}
      />
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
