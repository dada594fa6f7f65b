import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";
import { ticketPayload } from "@/lib/services/webhooks/payloads";
import { publishTicketUpdated } from "./publish-ticket";
import { ticketAccessWhere } from "@/lib/tickets/access";
import { entrySelect, toEntryDto } from "@/lib/tickets/dto";
import { eventEntry, publishedSelect } from "./ticket-state";

/**
 * Links two related tickets (or unlinks them): one row each way, so both list the other, and a line in both threads.
 * Agents only, on tickets they may see; linking twice or unlinking what is not linked is a 409, nothing written.
 */
export async function setTicketLink({
  actor,
  number,
  other,
  linked,
}: {
  actor: Actor;
  number: number;
  other: number;
  linked: boolean;
}) {
  const agent = requireAgent(actor);
  if (number === other) throw new AppError("VALIDATION_FAILED", "ticketLinkSelf");
  const prisma = await getPrisma();
  const result = await prisma.$transaction(async (tx) => {
    const find = async (n: number, messageKey: string) => {
      const row = await tx.ticket.findFirst({
        where: { number: n, ...ticketAccessWhere(agent) },
        select: { id: true, number: true, requesterId: true, mergedIntoId: true },
      });
      if (!row) throw new AppError("NOT_FOUND", messageKey);
      return row;
    };
    const a = await find(number, "ticketNotFound");
    const b = await find(other, "ticketTargetNotFound");
    if (linked && (a.mergedIntoId || b.mergedIntoId)) throw new AppError("CONFLICT", "ticketLinkMerged");
    const pairs = [
      { ticketId: a.id, linkedId: b.id },
      { ticketId: b.id, linkedId: a.id },
    ];
    if (linked) {
      const made = await tx.ticketLink.createMany({
        data: pairs.map((pair) => ({ ...pair, createdById: agent.id })),
        skipDuplicates: true,
      });
      if (made.count === 0) throw new AppError("CONFLICT", "ticketAlreadyLinked");
    } else {
      const gone = await tx.ticketLink.deleteMany({ where: { OR: pairs } });
      if (gone.count === 0) throw new AppError("CONFLICT", "ticketNotLinked");
    }
    const now = new Date();
    const type = linked ? "linked" : "unlinked";
    const touched = [];
    for (const [self, peer] of [
      [a, b],
      [b, a],
    ]) {
      const entry = await tx.ticketEntry.create({
        data: eventEntry(self.id, agent.id, { type, to: formatTicketNumber(peer.number) }, now),
        select: entrySelect,
      });
      const ticket = await tx.ticket.update({
        where: { id: self.id },
        data: { updatedAt: now },
        select: publishedSelect,
      });
      await enqueueWebhook(tx, "ticket.updated", () => ticketPayload(tx, { id: self.id }));
      touched.push({ ticket, entry: toEntryDto(entry, self.requesterId) });
    }
    return touched;
  });
  for (const { ticket, entry } of result) publishTicketUpdated(ticket, [entry], { id: agent.id, name: agent.name });
  return { linked };
}
