// How a ticket's state moves: status transitions with their SLA effects (pause, resume, stop), the running
// deadline, and the event lines that record each change. Used by every service that changes a ticket.
import type { Prisma } from "@/lib/db/generated/client";
import type { TicketStatus } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import type { TicketEventData } from "@/lib/contracts/ticket";
import { clockRuns, resumeClock, runningDeadline } from "@/lib/sla/sla-clock";
import type { SlaConfig } from "@/lib/services/sla/sla-config";

export const ticketStateSelect = {
  id: true,
  number: true,
  subject: true,
  status: true,
  priority: true,
  tags: true,
  locale: true,
  createdAt: true,
  requesterId: true,
  assigneeId: true,
  teamId: true,
  trackingKeyNonce: true,
  firstResponseDueAt: true,
  resolutionDueAt: true,
  firstRespondedAt: true,
  solvedAt: true,
  closedAt: true,
  slaPausedAt: true,
  requester: { select: { id: true, name: true, contactEmail: true, isGuest: true, locale: true } },
  assignee: { select: { id: true, name: true } },
} satisfies Prisma.TicketSelect;

export type TicketState = Prisma.TicketGetPayload<{ select: typeof ticketStateSelect }>;
type Tx = Prisma.TransactionClient;

/**
 * Finds one ticket the caller may change and locks its row for the rest of the transaction, so two agents saving at
 * once apply one after the other (their SLA arithmetic never works on a stale copy). 404 when not found/allowed.
 */
export async function lockTicket(tx: Tx, where: Prisma.TicketWhereInput): Promise<TicketState> {
  const found = await tx.ticket.findFirst({ where, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND", "ticketNotFound");
  await tx.$queryRaw`SELECT 1 FROM "Ticket" WHERE "id" = ${found.id} FOR UPDATE`;
  return tx.ticket.findUniqueOrThrow({ where: { id: found.id }, select: ticketStateSelect });
}

/** Closed is final: a customer with more to say opens a new ticket. */
export function assertOpenForChanges(ticket: Pick<TicketState, "status">): void {
  if (ticket.status === "CLOSED") throw new AppError("CONFLICT", "ticketClosed");
}

type SlaFieldsUpdate = Pick<
  Prisma.TicketUncheckedUpdateInput,
  | "status"
  | "solvedAt"
  | "closedAt"
  | "slaPausedAt"
  | "firstResponseDueAt"
  | "resolutionDueAt"
  | "firstRespondedAt"
  | "reopenCount"
>;

/** What changes when a ticket moves to `to` at `now`: pause on pending/solved, resume on reopen, stop on close. */
export function statusChange(ticket: TicketState, to: TicketStatus, sla: SlaConfig, now: Date): SlaFieldsUpdate {
  const from = ticket.status;
  if (from === to) return {};
  const data: SlaFieldsUpdate = { status: to };
  if (clockRuns(from) && !clockRuns(to)) data.slaPausedAt = now;
  if (!clockRuns(from) && clockRuns(to)) Object.assign(data, resumeClock(ticket, now, sla.hours));
  if (to === "SOLVED") data.solvedAt = now;
  if (from === "SOLVED" && to !== "CLOSED") Object.assign(data, { solvedAt: null, reopenCount: { increment: 1 } });
  if (to === "CLOSED") {
    data.closedAt = now;
    data.solvedAt = ticket.solvedAt ?? now;
  }
  return data;
}

/** The running deadline after applying `changes` to `ticket`. */
export function deadlineAfter(ticket: TicketState, changes: Prisma.TicketUncheckedUpdateInput, sla: SlaConfig) {
  const pick = <K extends keyof TicketState>(key: K): TicketState[K] =>
    (key in changes ? (changes as Record<string, unknown>)[key] : ticket[key]) as TicketState[K];
  const priority = pick("priority");
  return runningDeadline(
    {
      firstResponseDueAt: pick("firstResponseDueAt"),
      resolutionDueAt: pick("resolutionDueAt"),
      firstRespondedAt: pick("firstRespondedAt"),
      slaPausedAt: pick("slaPausedAt"),
    },
    pick("status"),
    sla.targets[priority] ?? null,
    sla.hours,
  );
}

/** Records one change in the thread (an EVENT line). */
export function eventEntry(ticketId: string, authorId: string | null, event: TicketEventData, createdAt: Date) {
  return { ticketId, authorId, kind: "EVENT" as const, body: "", event, createdAt };
}

export const publishedSelect = {
  id: true,
  number: true,
  status: true,
  updatedAt: true,
  priority: true,
  subject: true,
  tags: true,
  teamId: true,
  requesterId: true,
  slaDueAt: true,
  assignee: { select: { id: true, name: true } },
} satisfies Prisma.TicketSelect;

/** Writes the changes with the running deadline recomputed, and the event lines; returns what to publish. */
export async function saveTicket(
  tx: Tx,
  ticket: TicketState,
  data: Prisma.TicketUncheckedUpdateInput,
  sla: SlaConfig,
  events: { authorId: string | null; event: TicketEventData }[],
  now: Date,
) {
  const saved = await tx.ticket.update({
    where: { id: ticket.id },
    data: { ...data, ...deadlineAfter(ticket, data, sla), updatedAt: now },
    select: publishedSelect,
  });
  const entryIds: string[] = [];
  for (const { authorId, event } of events) {
    const entry = await tx.ticketEntry.create({
      data: eventEntry(ticket.id, authorId, event, now),
      select: { id: true },
    });
    entryIds.push(entry.id);
  }
  return { saved, entryIds };
}
