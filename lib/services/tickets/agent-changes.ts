import { STAFF_ROLES } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { TicketEventData } from "@/lib/contracts/ticket";
import { retarget } from "@/lib/sla/sla-clock";
import type { SlaConfig } from "@/lib/services/sla/sla-config";
import type { updateTicketSchema } from "@/lib/contracts/ticket";
import type { z } from "zod";
import { statusChange, type TicketState } from "./ticket-state";

type Tx = Prisma.TransactionClient;
export type AgentChanges = z.output<typeof updateTicketSchema>;

export type PlannedChange = {
  data: Prisma.TicketUncheckedUpdateInput;
  events: TicketEventData[];
  /** Set when the ticket gets a new assignee (for the notification). */
  newAssigneeId: string | null;
  solved: boolean;
};

async function assigneeName(tx: Tx, id: string): Promise<string> {
  const agent = await tx.user.findFirst({ where: { id, role: { in: [...STAFF_ROLES] } }, select: { name: true } });
  if (!agent) throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, { assigneeId: "assigneeInvalid" });
  return agent.name;
}

/**
 * What an agent's edit does to a ticket: the column changes (SLA effects included) and one event line per change.
 * Nothing is written here; the caller saves it with the running deadline (see ticket-state.ts).
 */
export async function planAgentChanges(
  tx: Tx,
  ticket: TicketState,
  changes: AgentChanges,
  sla: SlaConfig,
  now: Date,
): Promise<PlannedChange> {
  const data: Prisma.TicketUncheckedUpdateInput = {};
  const events: TicketEventData[] = [];
  let newAssigneeId: string | null = null;

  if (changes.subject !== undefined && changes.subject !== ticket.subject) {
    data.subject = changes.subject;
    events.push({ type: "subject", from: ticket.subject, to: changes.subject });
  }
  if (changes.priority && changes.priority !== ticket.priority) {
    data.priority = changes.priority;
    Object.assign(
      data,
      retarget(
        ticket,
        ticket.createdAt,
        sla.targets[ticket.priority] ?? null,
        sla.targets[changes.priority] ?? null,
        sla.hours,
      ),
    );
    events.push({ type: "priority", from: ticket.priority, to: changes.priority });
  }
  if (changes.assigneeId !== undefined && changes.assigneeId !== ticket.assigneeId) {
    const to = changes.assigneeId ? await assigneeName(tx, changes.assigneeId) : null;
    data.assigneeId = changes.assigneeId;
    newAssigneeId = changes.assigneeId;
    events.push({ type: "assignee", from: ticket.assignee?.name ?? null, to });
  }
  if (changes.teamId !== undefined && changes.teamId !== ticket.teamId) {
    if (changes.teamId && !(await tx.team.findUnique({ where: { id: changes.teamId }, select: { id: true } }))) {
      throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, { teamId: "teamInvalid" });
    }
    data.teamId = changes.teamId;
    events.push({ type: "team", from: ticket.teamId, to: changes.teamId });
  }
  if (changes.tags) {
    const next = [...new Set(changes.tags)];
    const added = next.filter((tag) => !ticket.tags.includes(tag));
    const removed = ticket.tags.filter((tag) => !next.includes(tag));
    if (added.length || removed.length) {
      data.tags = next;
      events.push({ type: "tags", added, removed });
    }
  }
  // Taking a new ticket opens it, as in every help desk.
  const status = changes.status ?? (ticket.status === "NEW" && newAssigneeId ? "OPEN" : undefined);
  if (status && status !== ticket.status) {
    if (status === "NEW")
      throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, { status: "statusBackToNew" });
    const dues = {
      firstResponseDueAt: ("firstResponseDueAt" in data
        ? data.firstResponseDueAt
        : ticket.firstResponseDueAt) as Date | null,
      resolutionDueAt: ("resolutionDueAt" in data ? data.resolutionDueAt : ticket.resolutionDueAt) as Date | null,
    };
    Object.assign(data, statusChange({ ...ticket, ...dues }, status, sla, now));
    events.push({ type: "status", from: ticket.status, to: status });
  }
  return { data, events, newAssigneeId, solved: status === "SOLVED" && ticket.status !== "SOLVED" };
}
