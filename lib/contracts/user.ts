import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

export const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });
