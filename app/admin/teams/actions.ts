"use server";

import { runAction } from "@/lib/http/action";
import { addStaffMember, createTeam, removeStaffMember, updateStaffMember } from "@/lib/services/teams/staff";
import { parseInput } from "@/lib/contracts/parse";
import { addStaffMemberSchema, createTeamSchema, updateStaffMemberSchema } from "@/lib/contracts/team";

// The teams page's actions (admins only; the services check).

export async function createTeamAction(input: unknown) {
  return runAction("/admin/teams", async (actor, locale) => {
    await createTeam({ actor, ...parseInput(createTeamSchema, input, locale) });
    return null;
  });
}

export async function updateStaffAction(input: unknown) {
  return runAction("/admin/teams", (actor, locale) => updateStaffMember({ actor, ...parseInput(updateStaffMemberSchema, input, locale) }));
}

export async function addStaffAction(input: unknown) {
  return runAction("/admin/teams", (actor, locale) => addStaffMember({ actor, ...parseInput(addStaffMemberSchema, input, locale) }));
}

export async function removeStaffAction(userId: string) {
  return runAction("/admin/teams", (actor) => removeStaffMember({ actor, userId: String(userId) }));
}
