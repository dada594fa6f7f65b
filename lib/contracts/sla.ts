import { z } from "zod";
import { isTimeZone } from "@/lib/i18n/time-zones";
import { PRIORITIES } from "./ticket";

export const slaSettingsSchema = z.object({
  policies: z
    .array(
      z.object({
        priority: z.enum(PRIORITIES),
        firstResponseMinutes: z
          .number()
          .int()
          .min(1)
          .max(60 * 24 * 60),
        resolutionMinutes: z
          .number()
          .int()
          .min(1)
          .max(60 * 24 * 365),
      }),
    )
    .max(4),
  reopenDays: z.number().int().min(0).max(365),
  businessHours: z
    .object({
      timeZone: z
        .string()
        .min(1)
        .max(64)
        .refine(isTimeZone, { params: { messageKey: "validation.timeZone" } }),
      days: z
        .array(z.tuple([z.number().int().min(0).max(1440), z.number().int().min(0).max(1440)]).nullable())
        .length(7),
    })
    .nullable(),
});
export type SlaSettingsInput = z.input<typeof slaSettingsSchema>;

export type SlaBadge = "ok" | "atRisk" | "breached" | "met" | "paused" | "none";
export type SlaTargetDto = { dueAt: string | null; doneAt: string | null; badge: SlaBadge };
