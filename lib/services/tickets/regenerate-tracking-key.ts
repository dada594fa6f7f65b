import { isAgent, type Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/mail/outbox";
import { trackingLinkEmail } from "@/lib/mail/ticket-emails";
import { rooms } from "@/lib/realtime/events";
import { getIo } from "@/lib/realtime/publish";
import { publishTicketUpdated } from "./publish-ticket";
import { ticketAccessWhere } from "@/lib/tickets/access";
import { entrySelect, toEntryDto } from "@/lib/tickets/dto";
import { lockTicket, publishedSelect } from "./ticket-state";
import { appUrl } from "@/lib/config";
import { newTrackingKey, trackingPath } from "@/lib/tickets/tracking-key";

/**
 * Revokes a ticket's tracking link and makes a new one (the requester, or an agent on their behalf). The new link
 * is emailed to the requester's address; only the requester also gets it in the answer — an agent never needs it.
 * Holding the old key is not enough to do this: a leaked link cannot be used to lock its owner out.
 */
export async function regenerateTrackingKey({ actor, number }: { actor: Actor | null; number: number }) {
  const user = requireUser(actor);
  const prisma = await getPrisma();
  const tracking = newTrackingKey();
  const result = await prisma.$transaction(async (tx) => {
    const ticket = await lockTicket(tx, { number, ...ticketAccessWhere(user) });
    const saved = await tx.ticket.update({
      where: { id: ticket.id },
      data: { trackingKeyHash: tracking.hash, trackingKeyNonce: tracking.nonce },
      select: publishedSelect,
    });
    const path = trackingPath(ticket.number, tracking.key);
    await enqueueEmail(tx, trackingLinkEmail(ticket, `${appUrl()}${path}`));
    const entry = await tx.ticketEntry.create({
      data: { ticketId: ticket.id, kind: "EVENT", authorId: user.id, body: "", event: { type: "trackingKey" } },
      select: entrySelect,
    });
    return { saved, path, entry: toEntryDto(entry, ticket.requesterId), requesterId: ticket.requesterId };
  });
  publishTicketUpdated(result.saved, [result.entry], { id: user.id, name: user.name });
  // Pages that followed the ticket with the old key stop receiving its updates.
  getIo()?.in(rooms.ticket(result.saved.id)).socketsLeave(rooms.ticket(result.saved.id));
  const mine = !isAgent(user) && user.id === result.requesterId;
  return {
    emailed: true,
    trackingPath: mine ? result.path : null,
    trackingUrl: mine ? `${appUrl()}${result.path}` : null,
  };
}
