import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES, type LocalizedText } from "@/lib/i18n/locales";

/**
 * A text an admin writes once per supported language (`{ "zh-CN": "充值", "en": "Deposits", "ru": "" }`). Blank
 * languages are dropped, so the reader falls back along the chain (lib/i18n/locales.ts `localize`). `required`: the
 * desk's default language must be filled in, so every reader finds some wording. Field errors are keyed `name.en`.
 */
export function localizedTextSchema(max: number, options: { required?: boolean } = {}) {
  const shape = Object.fromEntries(LOCALES.map((code) => [code, z.string().trim().max(max).default("")]));
  return z
    .object(shape)
    .partial()
    .superRefine((value, ctx) => {
      if (options.required && !value[DEFAULT_LOCALE])
        ctx.addIssue({
          code: "too_small",
          origin: "string",
          minimum: 1,
          inclusive: true,
          path: [DEFAULT_LOCALE],
          input: "",
        });
    })
    .transform((value): LocalizedText => Object.fromEntries(Object.entries(value).filter(([, text]) => text)));
}
