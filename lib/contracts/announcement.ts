import { z } from "zod";

const title = z.string().trim().max(120);
const body = z.string().trim().max(1000);
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

/** A notice shown above every help-center page while it is live, in the reader's language (the other one as fallback). */
export const announcementSchema = z
  .object({
    titleEn: title,
    titleZh: title,
    bodyEn: body,
    bodyZh: body,
    active: z.boolean(),
    startsAt: when,
    endsAt: when,
  })
  .refine((a) => a.titleEn.length > 0 || a.titleZh.length > 0, {
    path: ["titleEn"],
    params: { messageKey: "kb.validation.oneTranslation" },
  })
  .refine((a) => !a.startsAt || !a.endsAt || a.endsAt > a.startsAt, {
    path: ["endsAt"],
    params: { messageKey: "validation.endsBeforeStart" },
  });

export type AnnouncementInput = z.output<typeof announcementSchema>;
