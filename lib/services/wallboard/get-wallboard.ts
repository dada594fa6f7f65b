import { isAdmin, type Actor } from "@/lib/auth/actor";
import { requireSupervisor } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { asLocalizedText } from "@/lib/db/localized";
import { UNSOLVED_STATUSES } from "@/lib/contracts/ticket";
import {
  LONG_WAIT_ALERT_SECONDS,
  type WallboardAgentDto,
  type WallboardAlert,
  type WallboardDto,
  type WallboardTeamDto,
} from "@/lib/contracts/wallboard";
import { findQueuePositions, type QueuePosition } from "@/lib/services/routing/queue-positions";
import { loadSlaConfig } from "@/lib/services/sla/sla-config";
import { loadAgentDay, type AgentDay } from "./agent-figures";
import { loadBoardTeams, type BoardMember, type BoardScope } from "./board-teams";
import { deskTimeZone, startOfDeskDay } from "@/lib/sla/desk-day";

const STATUS_ORDER = { ONLINE: 0, AWAY: 1, OFFLINE: 2 } as const;

/** The teams a supervisor runs (admins: every team). */
export function supervisedTeams(actor: Actor) {
  return isAdmin(actor) ? {} : { members: { some: { userId: actor.id } } };
}

/**
 * The wallboard of the teams the actor supervises, as of `now`: per team the queue, the estimate its customers see,
 * who is online and their load, SLA risk and breaches, and the alerts those raise. `teamIds` narrows it (the push).
 */
export async function getWallboard({
  actor,
  now = new Date(),
  teamIds,
}: {
  actor: Actor;
  now?: Date;
  teamIds?: string[];
}): Promise<WallboardDto> {
  const supervisor = requireSupervisor(actor);
  return buildWallboard({ scope: { teamIds, memberId: isAdmin(supervisor) ? undefined : supervisor.id }, now });
}

/** Starts a supervisor following the board: enters the rooms of their teams (`join`) before reading it, so nothing is missed. */
export async function watchWallboard({
  actor,
  join,
}: {
  actor: Actor;
  join: (teamIds: string[]) => Promise<void>;
}): Promise<WallboardDto> {
  const supervisor = requireSupervisor(actor);
  const prisma = await getPrisma();
  const teams = await prisma.team.findMany({ where: supervisedTeams(supervisor), select: { id: true } });
  const ids = teams.map((team) => team.id);
  await join(ids);
  return buildWallboard({ scope: { teamIds: ids }, now: new Date() });
}

/**
 * The board for the teams in `scope`, for no one in particular (the broadcast slices it per team). `positions`:
 * the queue's, when the caller has them already (the live push shares the queue broadcast's); `readDay`: how the
 * agents' figures for the day are read (the live push keeps them between pushes).
 */
export async function buildWallboard({
  scope,
  now,
  positions: known,
  readDay = loadAgentDay,
}: {
  scope: BoardScope;
  now: Date;
  positions?: Promise<QueuePosition[]>;
  readDay?: (agentIds: string[], since: Date) => Promise<AgentDay>;
}): Promise<WallboardDto> {
  const prisma = await getPrisma();
  // Every read starts at once: the teams with their agents' load (one statement), the queue, the tickets' risk; only
  // the agents' day (usually kept in memory) waits for the teams.
  const teamsRead = loadBoardTeams(scope);
  const slaRead = loadSlaConfig(prisma);
  const [teams, sla, positions, day, risk] = await Promise.all([
    teamsRead,
    slaRead,
    known ?? findQueuePositions(now),
    Promise.all([teamsRead, slaRead]).then(([read, { hours }]) => {
      const ids = [...new Set(read.flatMap((team) => team.members.map((m) => m.id)))];
      return ids.length ? readDay(ids, startOfDeskDay(now, deskTimeZone(hours))) : NO_DAY;
    }),
    loadTicketRisk(scope, now),
  ]);
  const timeZone = deskTimeZone(sla.hours);
  const lastInLine = new Map<string | null, QueuePosition>();
  for (const position of positions) lastInLine.set(position.teamId, position);
  // The board lists each team's waiting chats longest wait first (the positions come in serving order).
  const queued = [...positions].sort(
    (a, b) => a.queuedAt.getTime() - b.queuedAt.getTime() || (a.conversationId < b.conversationId ? -1 : 1),
  );

  const boards = teams.map((team): WallboardTeamDto => {
    const queue = queued.filter((chat) => chat.teamId === team.id);
    const members = team.members
      .map((member) => toAgent(member, day))
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.name.localeCompare(b.name));
    const oldest = queue.length ? queue[0].queuedAt : null;
    const longestWaitSeconds = oldest ? Math.max(0, Math.floor((now.getTime() - oldest.getTime()) / 1000)) : null;
    const back = lastInLine.get(team.id);
    const agents = {
      online: count(members, "ONLINE"),
      away: count(members, "AWAY"),
      offline: count(members, "OFFLINE"),
    };
    const tickets = risk.get(team.id) ?? { atRisk: 0, breached: 0 };
    return {
      id: team.id,
      name: asLocalizedText(team.name),
      waiting: queue.length,
      oldestQueuedAt: oldest?.toISOString() ?? null,
      longestWaitSeconds,
      estimate:
        back && queue.length ? { seconds: back.eta.seconds, label: back.eta.label, minutes: back.eta.minutes } : null,
      agents,
      members,
      queue: queue.map((chat) => ({
        conversationId: chat.conversationId,
        customerName: chat.customerName,
        queuedAt: chat.queuedAt.toISOString(),
        priority: chat.priority,
      })),
      tickets,
      alerts: alertsFor(queue.length, agents.online, longestWaitSeconds, tickets.breached),
      computedAt: now.toISOString(),
    };
  });
  return { teams: boards, computedAt: now.toISOString(), timeZone };
}

function alertsFor(
  waiting: number,
  online: number,
  longestWaitSeconds: number | null,
  breached: number,
): WallboardAlert[] {
  const alerts: WallboardAlert[] = [];
  if (waiting > 0 && online === 0) alerts.push({ kind: "unstaffed", waiting });
  if (longestWaitSeconds !== null && longestWaitSeconds > LONG_WAIT_ALERT_SECONDS)
    alerts.push({ kind: "longWait", seconds: longestWaitSeconds });
  if (breached > 0) alerts.push({ kind: "breach", tickets: breached });
  return alerts;
}

const count = (members: WallboardAgentDto[], status: WallboardAgentDto["status"]) =>
  members.filter((m) => m.status === status).length;

function toAgent(member: BoardMember, day: AgentDay): WallboardAgentDto {
  return {
    ...member,
    lastReplyAt: day.lastReplyAt.get(member.id)?.toISOString() ?? null,
    handledToday: day.handledToday.get(member.id) ?? 0,
    firstResponseTodaySeconds: day.firstResponseToday.get(member.id) ?? null,
  };
}

const NO_DAY: AgentDay = { lastReplyAt: new Map(), handledToday: new Map(), firstResponseToday: new Map() };

/** Unsolved tickets per team in scope: at risk (under a quarter of the running target left) and breached (past it). */
async function loadTicketRisk(
  scope: BoardScope,
  now: Date,
): Promise<Map<string, { atRisk: number; breached: number }>> {
  const prisma = await getPrisma();
  const base = {
    teamId: scope.teamIds ? { in: scope.teamIds } : { not: null },
    ...(scope.memberId ? { team: { members: { some: { userId: scope.memberId } } } } : {}),
    status: { in: [...UNSOLVED_STATUSES] },
  };
  const [atRisk, breached] = await Promise.all([
    prisma.ticket.groupBy({
      by: ["teamId"],
      where: { ...base, slaAtRiskAt: { lte: now }, slaDueAt: { gt: now } },
      _count: { _all: true },
    }),
    prisma.ticket.groupBy({ by: ["teamId"], where: { ...base, slaDueAt: { lte: now } }, _count: { _all: true } }),
  ]);
  const risk = new Map<string, { atRisk: number; breached: number }>();
  const entry = (id: string) => risk.get(id) ?? risk.set(id, { atRisk: 0, breached: 0 }).get(id)!;
  for (const row of atRisk) if (row.teamId) entry(row.teamId).atRisk = row._count._all;
  for (const row of breached) if (row.teamId) entry(row.teamId).breached = row._count._all;
  return risk;
}
