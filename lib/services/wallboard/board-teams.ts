import { STAFF_ROLES } from "@/lib/auth/actor";
import { UNSOLVED_STATUSES } from "@/lib/contracts/ticket";
import type { WallboardAgentDto } from "@/lib/contracts/wallboard";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

/** Which teams a board shows: all of them, those listed, and/or those `memberId` belongs to (a supervisor's). */
export type BoardScope = { teamIds?: string[]; memberId?: string };

export type BoardMember = {
  id: string;
  name: string;
  status: WallboardAgentDto["status"];
  maxConcurrentChats: number;
  chats: number;
  openTickets: number;
};
export type BoardTeam = { id: string; name: Prisma.JsonValue; members: BoardMember[] };

type Row = {
  teamId: string;
  teamName: Prisma.JsonValue;
  userId: string | null;
  userName: string | null;
  status: WallboardAgentDto["status"] | null;
  maxConcurrentChats: number | null;
  chats: number;
  openTickets: number;
};

/** The scope as a condition on a team's id column (`column` is ours, never input). */
export function scopeSql(scope: BoardScope, column: string): Prisma.Sql {
  const id = Prisma.raw(column);
  const parts = [Prisma.sql`TRUE`];
  if (scope.teamIds) parts.push(Prisma.sql`${id} = ANY(${scope.teamIds}::text[])`);
  if (scope.memberId)
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "TeamMember" s WHERE s."teamId" = ${id} AND s."userId" = ${scope.memberId})`,
    );
  return Prisma.join(parts, " AND ");
}

/**
 * The teams in scope with their staff, each member's status, capacity and load now (active chats, unsolved tickets):
 * one statement, where Prisma's nested read took four round trips before the agents' load could even start.
 */
export async function loadBoardTeams(scope: BoardScope): Promise<BoardTeam[]> {
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT t.id AS "teamId", t.name AS "teamName", u.id AS "userId", u.name AS "userName",
      p.status::text AS status, p."maxConcurrentChats",
      (SELECT count(*)::int FROM "Conversation" c WHERE c."assigneeId" = u.id AND c.status = 'ACTIVE') AS chats,
      (SELECT count(*)::int FROM "Ticket" k
        WHERE k."assigneeId" = u.id AND k.status::text = ANY(${[...UNSOLVED_STATUSES]})) AS "openTickets"
    FROM "Team" t
    LEFT JOIN "TeamMember" m ON m."teamId" = t.id
    LEFT JOIN "User" u ON u.id = m."userId" AND u.role::text = ANY(${[...STAFF_ROLES]})
    LEFT JOIN "AgentProfile" p ON p."userId" = u.id
    WHERE ${scopeSql(scope, "t.id")}
    ORDER BY t.slug, u.id`;
  const teams = new Map<string, BoardTeam>();
  for (const row of rows) {
    let team = teams.get(row.teamId);
    if (!team) teams.set(row.teamId, (team = { id: row.teamId, name: row.teamName, members: [] }));
    if (!row.userId) continue;
    team.members.push({
      id: row.userId,
      name: row.userName ?? "",
      status: row.status ?? "OFFLINE",
      maxConcurrentChats: row.maxConcurrentChats ?? 0,
      chats: row.chats,
      openTickets: row.openTickets,
    });
  }
  return [...teams.values()];
}
