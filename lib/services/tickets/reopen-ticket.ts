import { isAgent, type Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { publishNotifications } from "@/lib/services/notifications/notify";
import { loadReopenDays, loadSlaConfig } from "@/lib/services/sla/sla-config";
import { assignAfterCommit } from "./assign-by-load";
import { publishTicketUpdated } from "./publish-ticket";
import { customerStatusAfterReply } from "./reply-to-ticket";
import { ticketAccessWhere } from "@/lib/tickets/access";
import { entrySelect, toEntryDto } from "@/lib/tickets/dto";
import { noticeCustomerActivity } from "./ticket-notices";
import { lockTicket, saveTicket, statusChange } from "./ticket-state";

/** The requester, a tracking-key holder or an agent reopens a solved ticket within the reopen window. */
export async function reopenTicket({
  actor,
  number,
  key,
}: {
  actor: Actor | null;
  number: number;
  key?: string | null;
}) {
  const prisma = await getPrisma();
  const [sla, reopenDays] = await Promise.all([loadSlaConfig(prisma), loadReopenDays(prisma)]);
  const result = await prisma.$transaction(async (tx) => {
    const now = new Date();
    const ticket = await lockTicket(tx, { number, ...ticketAccessWhere(actor, key) });
    if (ticket.status !== "SOLVED")
      throw new AppError("CONFLICT", ticket.status === "CLOSED" ? "ticketClosed" : "ticketNotSolved");
    const status = customerStatusAfterReply(ticket, reopenDays, now);
    const { saved, entryIds } = await saveTicket(
      tx,
      ticket,
      statusChange(ticket, status, sla, now),
      sla,
      [
        {
          authorId: isAgent(actor) ? actor.id : ticket.requesterId,
          event: { type: "reopened", from: ticket.status, to: status },
        },
      ],
      now,
    );
    const notifications = await noticeCustomerActivity(tx, ticket, "reopened", "");
    const rows = await tx.ticketEntry.findMany({ where: { id: { in: entryIds } }, select: entrySelect });
    return {
      saved,
      entries: rows.map((row) => toEntryDto(row, ticket.requesterId)),
      notifications,
      requester: ticket.requester,
    };
  });
  publishTicketUpdated(result.saved, result.entries, { id: result.requester.id, name: result.requester.name });
  publishNotifications(result.notifications);
  await assignAfterCommit(result.saved.id);
  return { status: result.saved.status };
}
