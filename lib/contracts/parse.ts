import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

/** Zod issues in the reader's language, from our messages files (zod's own wording as the fallback). */
function errorMap(locale: Locale): z.core.$ZodErrorMap {
  const t = translator(locale);
  // zod ships its wording as z.locales.en, .ru, .zhCN, …: the language code without its hyphen.
  const zodLocale = (z.locales as Record<string, (() => { localeError: z.core.$ZodErrorMap }) | undefined>)[
    locale.replace("-", "")
  ];
  const fallback = (zodLocale ?? z.locales.en)().localeError;
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

/** JSON deeper than this is refused before any schema walks it. */
export const MAX_INPUT_DEPTH = 32;

// NUL and the other C0/C1 control characters but tab, newline and carriage return, and UTF-16 halves without their
// pair: PostgreSQL refuses NUL in text, and none of these belong in anything a person types.
const UNSAFE_TEXT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when text holds a control character or broken UTF-16 (see UNSAFE_TEXT). */
export const hasUnsafeText = (text: string) => UNSAFE_TEXT.test(text);

/** The path of the first string (or key) no schema should see, or of a level too deep; null when the input is clean. */
function unsafeInput(value: unknown, path: string[] = []): { path: string; messageKey: string } | null {
  if (typeof value === "string")
    return UNSAFE_TEXT.test(value) ? { path: path.join(".") || "_", messageKey: "validation.controlCharacters" } : null;
  if (typeof value !== "object" || value === null) return null;
  if (path.length >= MAX_INPUT_DEPTH) return { path: path.join("."), messageKey: "validation.tooDeep" };
  for (const [key, child] of Object.entries(value)) {
    if (UNSAFE_TEXT.test(key)) return { path: path.join(".") || "_", messageKey: "validation.controlCharacters" };
    const found = unsafeInput(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * Parses input with a schema, or throws a VALIDATION_FAILED AppError whose `fields` say what is wrong where. Control
 * characters, broken UTF-16 and absurd nesting are refused here, for every route, action and socket command.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): z.output<S> {
  const unsafe = unsafeInput(input);
  if (unsafe)
    throw new AppError(
      "VALIDATION_FAILED",
      "VALIDATION_FAILED",
      {},
      { [unsafe.path]: translator(locale)(unsafe.messageKey as never) },
    );
  const result = schema.safeParse(input, { error: errorMap(locale) });
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] ??= issue.message;
  }
  throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, fields);
}
