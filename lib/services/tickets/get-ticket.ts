import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loadReopenDays, loadSlaConfig, reopenDeadline } from "@/lib/services/sla/sla-config";
import type { TicketDetailDto } from "@/lib/contracts/ticket";
import { ticketAccessWhere, viewerOf } from "@/lib/tickets/access";
import { ticketDetailSelect, toDetailDto } from "@/lib/tickets/dto";

/**
 * One ticket by number, for its requester, an agent, or whoever holds its tracking key. An unknown number, a wrong
 * key and someone else's ticket all get the same 404, so a guess learns nothing.
 */
export async function getTicket({
  actor,
  number,
  key,
}: {
  actor: Actor | null;
  number: number;
  key?: string | null;
}): Promise<TicketDetailDto> {
  const prisma = await getPrisma();
  const row = await prisma.ticket.findFirst({
    where: { number, ...ticketAccessWhere(actor, key) },
    select: ticketDetailSelect,
  });
  if (!row) throw new AppError("NOT_FOUND", "ticketNotFound");
  const [sla, reopenDays] = await Promise.all([loadSlaConfig(prisma), loadReopenDays(prisma)]);
  const reopenable = row.status === "SOLVED" && row.solvedAt ? reopenDeadline(row.solvedAt, reopenDays) : null;
  const viewer = viewerOf(actor, row);
  const ticket = toDetailDto(row, viewer, sla, reopenable && reopenable > new Date() ? reopenable : null);
  // A key holder may have no identity: files are served through the ticket, with the key.
  if (viewer === "key" && key) {
    for (const entry of ticket.entries) {
      for (const file of entry.attachments)
        file.url = `/api/v1/tickets/${ticket.ref}/attachments/${file.id}?key=${encodeURIComponent(key)}`;
    }
  }
  return ticket;
}

/** The ticket ids a tracking key opens (for attachment downloads by key holders). */
export async function ticketIdsForKey({ number, key }: { number: number; key: string }): Promise<string[]> {
  const prisma = await getPrisma();
  const row = await prisma.ticket.findFirst({
    where: { number, ...ticketAccessWhere(null, key) },
    select: { id: true },
  });
  return row ? [row.id] : [];
}
