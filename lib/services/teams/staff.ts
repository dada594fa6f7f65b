import { STAFF_ROLES, type Actor, type StaffRole } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { withLocalizedName } from "@/lib/db/localized";
import type { Prisma } from "@/lib/db/generated/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { AppError } from "@/lib/errors";
import { rooms } from "@/lib/realtime/events";
import { getIo } from "@/lib/realtime/publish";
import { scheduleAutoAssign } from "@/lib/services/routing/auto-assign";
import type { AddStaffMemberInput, CreateTeamInput, UpdateStaffMemberInput } from "@/lib/contracts/team";
import { sendInvitation } from "@/lib/services/account-links/invitations";
import { revokeSessions } from "@/lib/services/sessions/revoke-sessions";

// Teams and the people in them are edited together on one admin page (/admin/teams): their services live side by side.

const STAFF = { role: { in: [...STAFF_ROLES] }, isGuest: false };

/** Teams with their member counts, and every staff member with role, teams, status and load. Admins only. */
export async function getStaffAdmin({ actor }: { actor: Actor | null }) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const [teams, staff] = await Promise.all([
    prisma.team.findMany({
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, name: true, _count: { select: { members: true, topics: true } } },
    }),
    prisma.user.findMany({
      where: STAFF,
      orderBy: [{ role: "desc" }, { name: "asc" }],
      take: 1000,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        teams: { select: { teamId: true } },
        agentProfile: { select: { status: true, activeChats: true, maxConcurrentChats: true } },
      },
    }),
  ]);
  return {
    teams: teams.map(({ _count, ...team }) => ({
      ...withLocalizedName(team),
      members: _count.members,
      topics: _count.topics,
    })),
    staff: staff.map(({ teams: memberships, agentProfile, role, ...user }) => ({
      ...user,
      role: role as StaffRole,
      teamIds: memberships.map((m) => m.teamId),
      status: agentProfile?.status ?? "OFFLINE",
      activeChats: agentProfile?.activeChats ?? 0,
      maxConcurrentChats: agentProfile?.maxConcurrentChats ?? 0,
    })),
  };
}

/** A new, empty skill group. Admins only; a taken slug is a 409 on the slug field. */
export async function createTeam({ actor, ...input }: { actor: Actor | null } & CreateTeamInput) {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  try {
    return await prisma.$transaction(async (tx) => {
      const team = await tx.team.create({ data: input });
      await tx.auditEvent.create({
        data: { actorId: admin.id, action: "team.created", targetType: "Team", targetId: team.id },
      });
      return team;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "teamSlugTaken", { slug: input.slug }, { slug: "teamSlugTaken" });
    throw error;
  }
}

/** Sets a staff member's role and teams in one transaction. An admin cannot demote themselves (no admin left locked out). */
export async function updateStaffMember({
  actor,
  userId,
  role,
  teamIds,
}: { actor: Actor | null } & UpdateStaffMemberInput) {
  const admin = requireAdmin(actor);
  if (userId === admin.id && role !== "ADMIN")
    throw new AppError("CONFLICT", "staffSelfDemotion", {}, { role: "staffSelfDemotion" });
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    // A demotion (to a role with less access) ends the person's sessions: they sign in again with what they may now do.
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    const rank = (r: string) => STAFF_ROLES.indexOf(r as (typeof STAFF_ROLES)[number]);
    const demoted = before !== null && rank(role) < rank(before.role);
    const updated = await tx.user.updateMany({ where: { id: userId, ...STAFF }, data: { role } });
    if (updated.count === 0) throw new AppError("NOT_FOUND", "staffNotFound");
    if (demoted) await revokeSessions({ userId }, tx);
    await replaceTeams(tx, userId, teamIds);
    await tx.auditEvent.create({
      data: {
        actorId: admin.id,
        action: "staff.updated",
        targetType: "User",
        targetId: userId,
        data: { role, teamIds },
      },
    });
  });
  await afterStaffChange(userId);
}

/**
 * Gives someone console access. A new email gets a staff account without a password and an emailed invitation link
 * to choose one (no password is ever shown to the admin or handed over); an existing customer account is promoted
 * and keeps its password.
 */
export async function addStaffMember({
  actor,
  email,
  name,
  role,
  teamIds,
}: { actor: Actor | null } & AddStaffMemberInput) {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true, role: true } });
  const staffExists = new AppError("CONFLICT", "staffExists", {}, { email: "staffExists" });
  if (existing && existing.role !== "CUSTOMER") throw staffExists;
  // Conditional writes: another admin adding the same person at the same moment gets the same 409, not a 500.
  const userId = await prisma
    .$transaction(async (tx) => {
      const id = existing
        ? existing.id
        : (
            await tx.user.create({
              data: { email, contactEmail: email, name, role, locale: admin.locale },
              select: { id: true },
            })
          ).id;
      if (existing && (await tx.user.updateMany({ where: { id, role: "CUSTOMER" }, data: { role } })).count === 0)
        throw staffExists;
      await tx.agentProfile.upsert({ where: { userId: id }, create: { userId: id }, update: {} });
      await replaceTeams(tx, id, teamIds);
      await tx.auditEvent.create({
        data: { actorId: admin.id, action: "staff.added", targetType: "User", targetId: id, data: { role, teamIds } },
      });
      if (!existing)
        await sendInvitation(tx, { userId: id, email, name, role, locale: admin.locale, adminId: admin.id });
      return id;
    })
    .catch((error) => {
      throw isUniqueViolation(error) ? staffExists : error;
    });
  await afterStaffChange(userId);
  return { userId, email, promoted: Boolean(existing), invited: !existing };
}

/**
 * Takes console access away (offboarding): the account becomes a customer account, leaves its teams and goes offline.
 * Refused while the person still handles chats, so no customer is left with nobody; and for oneself.
 */
export async function removeStaffMember({ actor, userId }: { actor: Actor | null; userId: string }) {
  const admin = requireAdmin(actor);
  if (userId === admin.id) throw new AppError("CONFLICT", "staffSelfDemotion");
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const open = await tx.conversation.count({ where: { assigneeId: userId, status: "ACTIVE" } });
    if (open > 0) throw new AppError("CONFLICT", "staffHasChats", { count: open });
    const updated = await tx.user.updateMany({ where: { id: userId, ...STAFF }, data: { role: "CUSTOMER" } });
    if (updated.count === 0) throw new AppError("NOT_FOUND", "staffNotFound");
    await revokeSessions({ userId }, tx);
    await tx.teamMember.deleteMany({ where: { userId } });
    await tx.agentProfile.updateMany({ where: { userId }, data: { status: "OFFLINE", statusChangedAt: new Date() } });
    await tx.auditEvent.create({
      data: { actorId: admin.id, action: "staff.removed", targetType: "User", targetId: userId },
    });
  });
  getIo()?.in(rooms.user(userId)).disconnectSockets();
}

async function replaceTeams(tx: Prisma.TransactionClient, userId: string, teamIds: string[]) {
  const unique = [...new Set(teamIds)];
  if ((await tx.team.count({ where: { id: { in: unique } } })) !== unique.length) {
    throw new AppError("VALIDATION_FAILED", "teamInvalid", {}, { teamIds: "teamInvalid" });
  }
  await tx.teamMember.deleteMany({ where: { userId, teamId: { notIn: unique } } });
  await tx.teamMember.createMany({ data: unique.map((teamId) => ({ teamId, userId })), skipDuplicates: true });
}

/** Open sockets reconnect (the client does so by itself) and join the rooms of the new role and teams; routing looks again. */
async function afterStaffChange(userId: string) {
  getIo()?.in(rooms.user(userId)).disconnectSockets();
  await scheduleAutoAssign();
}
