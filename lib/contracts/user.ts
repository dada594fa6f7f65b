import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

/** An email address as every form takes it: trimmed, lower case, at most 254 characters. */
export const email = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });
