"use client";

import { useTranslations } from "next-intl";
import { Field, TextAreaField } from "@/components/ui/field";
import { DEFAULT_LOCALE, LANGUAGES, type LocalizedText } from "@/lib/i18n/locales";

type Props = {
  /** Prefix of the inputs' ids and of the field errors (`name.en`, `name.zh-CN`, …). */
  name: string;
  label: string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  errors?: Record<string, string | undefined>;
  hint?: string;
  multiline?: boolean;
  maxLength?: number;
  /** The desk's default language must be filled in. */
  required?: boolean;
  /** Every language may stay empty: the label says so. */
  optional?: boolean;
  idPrefix?: string;
};

/** One input per supported language for a text stored per language (team and topic names, announcements, …). */
export function LocalizedFields({
  name,
  label,
  value,
  onChange,
  errors = {},
  hint,
  multiline,
  maxLength,
  required,
  optional,
  idPrefix = "",
}: Props) {
  const t = useTranslations("locale");
  return LANGUAGES.map((language, index) => {
    const primary = language.code === DEFAULT_LOCALE;
    const props = {
      id: `${idPrefix}${name}-${language.code}`,
      label: t(optional ? "fieldOptional" : "field", { field: label, language: language.label }),
      lang: language.code,
      value: value[language.code] ?? "",
      error: errors[`${name}.${language.code}`] ?? (primary ? errors[name] : undefined),
      hint: index === 0 ? hint : undefined,
      required: required && primary,
      maxLength,
      onChange: (event: { target: { value: string } }) => onChange({ ...value, [language.code]: event.target.value }),
    };
    return multiline ? <TextAreaField key={language.code} {...props} /> : <Field key={language.code} {...props} />;
  });
}
