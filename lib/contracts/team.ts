import { z } from "zod";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { localizedTextSchema } from "./localized";

const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
const staffRole = z.enum(STAFF_ROLES);
const teamIds = z.array(z.string().min(1)).max(50);

/** A new skill group. The slug names it in URLs, seeds and the API; it never changes. */
export const createTeamSchema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(2)
    .max(40)
    .refine((value) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value), { params: { messageKey: "validation.slug" } }),
  name: localizedTextSchema(60, { required: true }),
});

/** A staff member's role and skill groups, saved together. */
export const updateStaffMemberSchema = z.object({
  userId: z.string().min(1),
  role: staffRole,
  teamIds,
});

/** Gives a person console access: a new agent account, or an existing account promoted. */
export const addStaffMemberSchema = z.object({
  email,
  name: z.string().trim().min(1).max(80),
  role: staffRole,
  teamIds,
});

export type CreateTeamInput = z.output<typeof createTeamSchema>;
export type UpdateStaffMemberInput = z.output<typeof updateStaffMemberSchema>;
export type AddStaffMemberInput = z.output<typeof addStaffMemberSchema>;

/** An invitation not yet accepted (admin teams page). */
export type InvitationDto = {
  id: string;
  email: string;
  name: string;
  role: string;
  expiresAt: string;
  invitedBy: string | null;
};
