import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { isTimeZone } from "@/lib/i18n/time-zones";

/** An email address as every form takes it: trimmed, lower case, at most 254 characters. */
export const email = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });

/** `detected`: the browser's own zone, reported on a visit (fills an empty account, never overrides a choice). */
export const setTimeZoneSchema = z.object({
  timeZone: z.string().refine(isTimeZone, { params: { messageKey: "validation.timeZone" } }),
  detected: z.boolean().default(false),
});
