import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

/** Zod issues in the reader's language, from our messages files (zod's own wording as the fallback). */
function errorMap(locale: Locale): z.core.$ZodErrorMap {
  const t = translator(locale);
  const fallback = (locale === "zh-CN" ? z.locales.zhCN() : z.locales.en()).localeError;
  return (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null ? t("validation.required") : t("validation.invalid");
      case "too_small":
        return issue.origin === "string"
          ? Number(issue.minimum) <= 1
            ? t("validation.required")
            : t("validation.tooShort", { min: Number(issue.minimum) })
          : t("validation.tooSmall", { min: Number(issue.minimum) });
      case "too_big":
        return issue.origin === "string"
          ? t("validation.tooLong", { max: Number(issue.maximum) })
          : t("validation.tooBig", { max: Number(issue.maximum) });
      case "invalid_format":
        return issue.format === "email" ? t("validation.email") : t("validation.invalid");
      case "invalid_value":
        return t("validation.choice");
      case "custom": {
        // `.refine(check, { params: { messageKey: "validation.x" } })`: a specific message from our files.
        const key = issue.params?.messageKey;
        return typeof key === "string" && t.has(key as never) ? t(key as never) : fallback(issue);
      }
      default:
        return fallback(issue);
    }
  };
}

/** Parses input with a schema, or throws a VALIDATION_FAILED AppError whose `fields` say what is wrong where. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): z.output<S> {
  const result = schema.safeParse(input, { error: errorMap(locale) });
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] ??= issue.message;
  }
  throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, fields);
}
