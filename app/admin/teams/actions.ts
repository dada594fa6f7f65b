"use server";

import { addStaffMemberSchema, createTeamSchema, updateStaffMemberSchema } from "@/lib/contracts/team";
import { adminAction } from "@/lib/http/action";
import { revokeInvitation } from "@/lib/services/account-links/invitations";
import { addStaffMember, createTeam, removeStaffMember, updateStaffMember } from "@/lib/services/teams/staff";

export const createTeamAction = adminAction("/admin/teams", async ({ actor, parse }, input: unknown) => {
  await createTeam({ actor, ...parse(createTeamSchema, input) });
  return null;
});

export const updateStaffAction = adminAction("/admin/teams", ({ actor, parse }, input: unknown) =>
  updateStaffMember({ actor, ...parse(updateStaffMemberSchema, input) }),
);

export const addStaffAction = adminAction("/admin/teams", ({ actor, parse }, input: unknown) =>
  addStaffMember({ actor, ...parse(addStaffMemberSchema, input) }),
);

export const removeStaffAction = adminAction("/admin/teams", ({ actor }, userId: string) =>
  removeStaffMember({ actor, userId: String(userId) }),
);

export const revokeInvitationAction = adminAction("/admin/teams", async ({ actor }, invitationId: string) => {
  await revokeInvitation({ actor, invitationId: String(invitationId) });
  return null;
});
