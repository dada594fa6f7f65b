import { type TicketEntryDto } from "@/lib/contracts/ticket";
import { boardChanged } from "@/lib/realtime/board-signal";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import { entryVisibleTo } from "@/lib/tickets/dto";

export type PublishedTicket = {
  id: string;
  number: number;
  status: string;
  updatedAt: Date;
  priority: "LOW" | "NORMAL" | "HIGH" | "URGENT";
  subject: string;
  tags: string[];
  teamId: string | null;
  requesterId: string;
  slaDueAt: Date | null;
  assignee: { id: string; name: string } | null;
};

/**
 * After commit: agents get the whole change (notes included); the requester's devices and tracking-page followers
 * get the public part only — a note never reaches a customer room.
 */
export function publishTicketUpdated(
  ticket: PublishedTicket,
  entries: TicketEntryDto[] = [],
  by: { id: string; name: string } | null = null,
): void {
  boardChanged({ work: true });
  const base = {
    ticketId: ticket.id,
    ref: formatTicketNumber(ticket.number),
    status: ticket.status,
    updatedAt: ticket.updatedAt.toISOString(),
  };
  const agentView = {
    ...base,
    priority: ticket.priority,
    assignee: ticket.assignee,
    teamId: ticket.teamId,
    tags: ticket.tags,
    subject: ticket.subject,
    slaDueAt: ticket.slaDueAt?.toISOString() ?? null,
    by,
  };
  const publicEntries = entries.filter((entry) => entryVisibleTo("requester", entry));
  if (!entries.length) publish(rooms.agents, "ticket.updated", { ...agentView, entry: null });
  for (const entry of entries) publish(rooms.agents, "ticket.updated", { ...agentView, entry });
  // Customers hear only of what they can see: a note or an internal event sends them nothing at all.
  const customerRooms = [rooms.user(ticket.requesterId), rooms.ticket(ticket.id)];
  for (const entry of publicEntries)
    publish(customerRooms, "ticket.updated", { ...base, subject: ticket.subject, entry, by });
}
