import { AppError, type ErrorBody } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { logger } from "@/lib/logger";

/**
 * Turns any thrown value into the error shape of docs/architecture.md, in the reader's language. Unknown errors are logged
 * and answered with a generic message: never swallowed, never leaking a stack.
 */
export function toErrorBody(error: unknown, locale: Locale): { status: number; body: ErrorBody } {
  const t = translator(locale);
  if (error instanceof AppError) {
    const key = `errors.${error.messageKey}`;
    const message = t.has(key as never) ? t(key as never, error.params as never) : t(`errors.${error.code}` as never);
    // A field's message may be a key under `errors.` (services do not know the reader's language).
    const fields = error.fields
      ? Object.fromEntries(
          Object.entries(error.fields).map(([field, text]) => [
            field,
            t.has(`errors.${text}` as never) ? t(`errors.${text}` as never, error.params as never) : text,
          ]),
        )
      : undefined;
    return {
      status: error.status,
      body: { error: { code: error.code, message, ...(fields ? { fields } : {}) } },
    };
  }
  logger.error({ err: error }, "unhandled error");
  return { status: 500, body: { error: { code: "INTERNAL", message: t("errors.INTERNAL") } } };
}
