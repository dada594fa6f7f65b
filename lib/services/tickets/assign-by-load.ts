import { STAFF_ROLES } from "@/lib/auth/actor";
import { logger } from "@/lib/logger";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { UNSOLVED_STATUSES } from "@/lib/contracts/ticket";
import { publishNotifications } from "@/lib/services/notifications/notify";
import { loadSlaConfig, type SlaConfig } from "@/lib/services/sla/sla-config";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";
import { ticketPayload } from "@/lib/services/webhooks/payloads";
import { publishTicketUpdated } from "./publish-ticket";
import { entrySelect, toEntryDto } from "@/lib/tickets/dto";
import { noticeAssigned } from "./ticket-notices";
import { lockTicket, saveTicket } from "./ticket-state";

type Tx = Prisma.TransactionClient;
export type TicketCandidate = { id: string; name: string; open: number; max: number; lastAt: Date | null };

const unsolved = { status: { in: [...UNSOLVED_STATUSES] } };

/** Who may take a ticket, best first: members with room, least loaded (share of capacity), then longest idle. */
export function rankTicketCandidates(agents: TicketCandidate[]): TicketCandidate[] {
  return agents
    .filter((agent) => agent.open < agent.max)
    .sort(
      (a, b) =>
        a.open / a.max - b.open / b.max ||
        (a.lastAt?.getTime() ?? 0) - (b.lastAt?.getTime() ?? 0) ||
        (a.id < b.id ? -1 : 1),
    );
}

async function candidates(teamId: string): Promise<TicketCandidate[]> {
  const prisma = await getPrisma();
  const profiles = await prisma.agentProfile.findMany({
    where: {
      status: "ONLINE",
      maxOpenTickets: { gt: 0 },
      user: { role: { in: [...STAFF_ROLES] }, teams: { some: { teamId } } },
    },
    select: { userId: true, maxOpenTickets: true, lastTicketAssignedAt: true, user: { select: { name: true } } },
  });
  const counts = await prisma.ticket.groupBy({
    by: ["assigneeId"],
    where: { assigneeId: { in: profiles.map((p) => p.userId) }, ...unsolved },
    _count: { _all: true },
  });
  const open = new Map(counts.map((row) => [row.assigneeId, row._count._all]));
  return profiles.map((p) => ({
    id: p.userId,
    name: p.user.name,
    open: open.get(p.userId) ?? 0,
    max: p.maxOpenTickets,
    lastAt: p.lastTicketAssignedAt,
  }));
}

/**
 * The atomic claim: the agent's profile row is locked (so two claims for one agent run one after the other and the
 * second counts the first's ticket), the agent must still be online with room, and the ticket still unassigned and
 * unsolved. Any miss rolls back and says why.
 */
async function claim(tx: Tx, ticketId: string, agent: TicketCandidate, sla: SlaConfig) {
  const [profile] = await tx.$queryRaw<{ maxOpenTickets: number }[]>`
    SELECT "maxOpenTickets" FROM "AgentProfile" WHERE "userId" = ${agent.id} AND "status" = 'ONLINE' FOR UPDATE`;
  if (!profile) return "agent-full" as const;
  const open = await tx.ticket.count({ where: { assigneeId: agent.id, ...unsolved } });
  if (open >= profile.maxOpenTickets) return "agent-full" as const;
  const ticket = await lockTicket(tx, { id: ticketId });
  if (ticket.assigneeId || !(UNSOLVED_STATUSES as readonly string[]).includes(ticket.status)) return "gone" as const;
  const now = new Date();
  const { saved, entryIds } = await saveTicket(
    tx,
    ticket,
    { assigneeId: agent.id },
    sla,
    [{ authorId: null, event: { type: "assignee", from: null, to: agent.name } }],
    now,
  );
  await tx.agentProfile.update({ where: { userId: agent.id }, data: { lastTicketAssignedAt: now } });
  await enqueueWebhook(tx, "ticket.updated", () => ticketPayload(tx, { id: ticketId }));
  const entries = await tx.ticketEntry.findMany({ where: { id: { in: entryIds } }, select: entrySelect });
  return {
    saved,
    entries: entries.map((row) => toEntryDto(row, ticket.requesterId)),
    notifications: await noticeAssigned(tx, ticket, agent.id, null),
  };
}

/**
 * Assignment by load, for a new or reopened ticket of a team that has it on: the least-loaded online member with
 * room takes it; when nobody has room it stays in the team's unassigned list. Returns the assignee, if any.
 */
export async function assignTicketByLoad(ticketId: string): Promise<{ id: string; name: string } | null> {
  const prisma = await getPrisma();
  const ticket = await prisma.ticket.findUnique({
    where: { id: ticketId },
    select: { assigneeId: true, status: true, teamId: true, team: { select: { autoAssignTickets: true } } },
  });
  if (!ticket?.teamId || !ticket.team?.autoAssignTickets || ticket.assigneeId) return null;
  const sla = await loadSlaConfig(prisma);
  for (const agent of rankTicketCandidates(await candidates(ticket.teamId))) {
    const outcome = await prisma.$transaction((tx) => claim(tx, ticketId, agent, sla));
    if (outcome === "gone") return null;
    if (outcome === "agent-full") continue;
    publishTicketUpdated(outcome.saved, outcome.entries, null);
    publishNotifications(outcome.notifications);
    return { id: agent.id, name: agent.name };
  }
  return null;
}

/** After a ticket is filed or reopened: a failed assignment leaves it in the team's list, never fails the filing. */
export async function assignAfterCommit(ticketId: string): Promise<void> {
  await assignTicketByLoad(ticketId).catch((error) =>
    logger.error({ err: error, ticketId }, "ticket assignment by load failed"),
  );
}
