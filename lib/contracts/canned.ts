import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

/** A saved reply: agents type `/shortcut` in a composer; one per shortcut and language. */
export const cannedResponseSchema = z.object({
  shortcut: z
    .string()
    .trim()
    .toLowerCase()
    .transform((value) => value.replace(/^\//, ""))
    .pipe(
      z
        .string()
        .min(1)
        .max(32)
        .refine((value) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value), { params: { messageKey: "validation.shortcut" } }),
    ),
  locale: z.enum(LOCALES),
  title: z.string().trim().min(1).max(80),
  body: z.string().trim().min(1).max(5000),
  /** null: every agent; otherwise the members of that team. */
  teamId: z.string().min(1).nullable(),
});

export type CannedResponseInput = z.output<typeof cannedResponseSchema>;
