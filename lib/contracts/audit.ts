import { z } from "zod";

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || undefined);
const day = z
  .union([z.literal(""), z.iso.date()])
  .optional()
  .transform((value) => value || undefined);

/** The filters of /admin/audit and its CSV export (query strings: empty fields mean "any"). */
export const auditFilterSchema = z.object({
  /** Name or email of who acted (part of it). */
  actor: text(200),
  /** An action or its prefix: `signin`, `2fa.reset`. */
  action: text(100),
  /** The id of what it was done to (a user, a ticket…), or the email in a failed sign-in. */
  target: text(200),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;

export type AuditEventDto = {
  id: string;
  createdAt: string;
  action: string;
  actor: { id: string; name: string; email: string | null } | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  data: unknown;
};

export const AUDIT_PAGE_SIZE = 50;
