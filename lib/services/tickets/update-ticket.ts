import { isAdmin, isSupervisor, type Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/db/generated/client";
import type { TicketEntryDto } from "@/lib/contracts/ticket";
import { publishNotifications, type NotificationRow } from "@/lib/services/notifications/notify";
import { loadReopenDays, loadSlaConfig, type SlaConfig } from "@/lib/services/sla/sla-config";
import { planAgentChanges, type AgentChanges } from "./agent-changes";
import { publishTicketUpdated, type PublishedTicket } from "./publish-ticket";
import { entrySelect, toEntryDto } from "@/lib/tickets/dto";
import { noticeAssigned, noticeSolved } from "./ticket-notices";
import { assertOpenForChanges, lockTicket, saveTicket } from "./ticket-state";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";
import { ticketPayload } from "@/lib/services/webhooks/payloads";

type Tx = Prisma.TransactionClient;
export type TicketChangeResult = {
  ticket: PublishedTicket;
  entries: TicketEntryDto[];
  notifications: NotificationRow[];
};

/** One agent edit of one locked ticket, inside the caller's transaction (shared by single and bulk updates). */
export async function changeTicket(
  tx: Tx,
  {
    agent,
    where,
    changes,
    sla,
    reopenDays,
  }: { agent: Actor; where: Prisma.TicketWhereInput; changes: AgentChanges; sla: SlaConfig; reopenDays: number },
): Promise<TicketChangeResult> {
  const now = new Date();
  const ticket = await lockTicket(tx, where);
  assertOpenForChanges(ticket);
  await assertMayReassign(tx, agent, ticket, changes);
  const plan = await planAgentChanges(tx, ticket, changes, sla, now);
  const { saved, entryIds } = await saveTicket(
    tx,
    ticket,
    plan.data,
    sla,
    plan.events.map((event) => ({ authorId: agent.id, event })),
    now,
  );
  const notifications: NotificationRow[] = [];
  if (plan.solved) notifications.push(...(await noticeSolved(tx, ticket, reopenDays)));
  if (plan.newAssigneeId && plan.newAssigneeId !== agent.id) {
    notifications.push(...(await noticeAssigned(tx, ticket, plan.newAssigneeId, agent.name)));
  }
  const rows = await tx.ticketEntry.findMany({
    where: { id: { in: entryIds } },
    select: entrySelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  await enqueueWebhook(tx, plan.solved ? "ticket.solved" : "ticket.updated", () =>
    ticketPayload(tx, { id: ticket.id }),
  );
  return { ticket: saved, entries: rows.map((row) => toEntryDto(row, ticket.requesterId)), notifications };
}

/**
 * An agent may take an unassigned ticket or hand on their own; taking a colleague's ticket away from them is for a
 * supervisor of the ticket's team (or an admin).
 */
async function assertMayReassign(
  tx: Tx,
  agent: Actor,
  ticket: { assigneeId: string | null; teamId: string | null },
  changes: AgentChanges,
) {
  if (changes.assigneeId === undefined || changes.assigneeId === ticket.assigneeId) return;
  if (!ticket.assigneeId || ticket.assigneeId === agent.id || isAdmin(agent)) return;
  const supervises =
    isSupervisor(agent) &&
    ticket.teamId &&
    (await tx.teamMember.count({ where: { teamId: ticket.teamId, userId: agent.id } })) > 0;
  if (!supervises) throw new AppError("FORBIDDEN", "ticketReassignSupervisors");
}

export function publishChange(result: TicketChangeResult, agent: Actor): void {
  publishTicketUpdated(result.ticket, result.entries, { id: agent.id, name: agent.name });
  publishNotifications(result.notifications);
}

/** Agents change status, priority, assignee, team, tags or subject; each change is recorded in the thread. */
export async function updateTicket({
  actor,
  number,
  changes,
}: {
  actor: Actor;
  number: number;
  changes: AgentChanges;
}) {
  const agent = requireAgent(actor);
  const prisma = await getPrisma();
  const [sla, reopenDays] = await Promise.all([loadSlaConfig(prisma), loadReopenDays(prisma)]);
  const result = await prisma.$transaction((tx) =>
    changeTicket(tx, { agent, where: { number }, changes, sla, reopenDays }),
  );
  publishChange(result, agent);
  return result;
}
