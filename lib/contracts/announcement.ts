import { z } from "zod";
import { localizedTextSchema } from "./localized";

/** datetime-local inputs send "" for "not set". */
const when = z.preprocess(
  (value) => (value === "" ? null : value),
  z.coerce
    .date()
    .refine((date) => date.getUTCFullYear() >= 2000 && date.getUTCFullYear() <= 9999, {
      params: { messageKey: "validation.dateRange" },
    })
    .nullable(),
);

/** A notice shown above every help-center page while it is live, in the reader's language (the fallback chain otherwise). */
export const announcementSchema = z
  .object({
    title: localizedTextSchema(120),
    body: localizedTextSchema(1000),
    active: z.boolean(),
    startsAt: when,
    endsAt: when,
  })
  .refine((a) => Object.keys(a.title).length > 0, {
    path: ["title"],
    params: { messageKey: "kb.validation.oneTranslation" },
  })
  .refine((a) => !a.startsAt || !a.endsAt || a.endsAt > a.startsAt, {
    path: ["endsAt"],
    params: { messageKey: "validation.endsBeforeStart" },
  });

export type AnnouncementInput = z.output<typeof announcementSchema>;
