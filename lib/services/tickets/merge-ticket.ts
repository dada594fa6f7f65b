import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import { loadSlaConfig } from "@/lib/services/sla/sla-config";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";
import { ticketPayload } from "@/lib/services/webhooks/payloads";
import { publishTicketUpdated } from "./publish-ticket";
import { ticketAccessWhere } from "@/lib/tickets/access";
import { entrySelect, toEntryDto } from "@/lib/tickets/dto";
import { lockTicket, saveTicket, statusChange, type TicketState } from "./ticket-state";

type Tx = Prisma.TransactionClient;

/** Locks both tickets in one order (by number), so two merges of the same pair never deadlock. */
async function lockPair(tx: Tx, agent: Actor, number: number, into: number) {
  const lock = (n: number, messageKey: string) =>
    lockTicket(tx, { number: n, ...ticketAccessWhere(agent) }).catch((error) => {
      throw error instanceof AppError && error.code === "NOT_FOUND" ? new AppError("NOT_FOUND", messageKey) : error;
    });
  if (number < into) {
    const source = await lock(number, "ticketNotFound");
    return { source, target: await lock(into, "ticketTargetNotFound") };
  }
  const target = await lock(into, "ticketTargetNotFound");
  return { source: await lock(number, "ticketNotFound"), target };
}

async function mergedState(tx: Tx, id: string) {
  return tx.ticket.findUniqueOrThrow({ where: { id }, select: { mergedIntoId: true } });
}

/** Refuses what cannot be merged, before anything is written. */
async function assertMergeable(tx: Tx, source: TicketState, target: TicketState) {
  if ((await mergedState(tx, source.id)).mergedIntoId) throw new AppError("CONFLICT", "ticketAlreadyMerged");
  if (source.status === "CLOSED") throw new AppError("CONFLICT", "ticketClosed");
  if ((await mergedState(tx, target.id)).mergedIntoId) throw new AppError("CONFLICT", "ticketMergeIntoMerged");
  if (target.status === "CLOSED") throw new AppError("CONFLICT", "ticketMergeIntoClosed");
}

/** The duplicate's thread, files, mails, calls and links move to the target; tickets merged into it follow. */
async function moveHistory(tx: Tx, from: string, to: string) {
  await tx.ticketEntry.updateMany({ where: { ticketId: from }, data: { ticketId: to } });
  await tx.inboundEmail.updateMany({ where: { ticketId: from }, data: { ticketId: to } });
  await tx.phoneCall.updateMany({ where: { ticketId: from }, data: { ticketId: to } });
  await tx.ticket.updateMany({ where: { mergedIntoId: from }, data: { mergedIntoId: to } });
  const links = await tx.ticketLink.findMany({ where: { ticketId: from }, select: { linkedId: true } });
  await tx.ticketLink.deleteMany({ where: { OR: [{ ticketId: from }, { linkedId: from }] } });
  const others = links.map((link) => link.linkedId).filter((id) => id !== to);
  await tx.ticketLink.createMany({
    data: others.flatMap((id) => [
      { ticketId: to, linkedId: id },
      { ticketId: id, linkedId: to },
    ]),
    skipDuplicates: true,
  });
  // The target is found by the duplicate's words too.
  await tx.$executeRaw`UPDATE "Ticket" SET "searchDocument" = left("Ticket"."searchDocument" || E'\n' || s."searchDocument", 60000) FROM "Ticket" s WHERE "Ticket"."id" = ${to} AND s."id" = ${from}`;
}

/**
 * Merges a duplicate into another ticket, in one transaction: the thread (with its attachments), inbound mails, calls
 * and links move; the duplicate is closed and points to the target, with a line in both threads. Its tracking link
 * and the customer's email replies then lead to the target. Agents only; both tickets must be theirs to see.
 */
export async function mergeTicket({ actor, number, into }: { actor: Actor; number: number; into: number }) {
  const agent = requireAgent(actor);
  if (number === into) throw new AppError("VALIDATION_FAILED", "ticketMergeSelf");
  const prisma = await getPrisma();
  const sla = await loadSlaConfig(prisma);
  const result = await prisma.$transaction(async (tx) => {
    const now = new Date();
    const { source, target } = await lockPair(tx, agent, number, into);
    await assertMergeable(tx, source, target);
    await moveHistory(tx, source.id, target.id);
    const closed = await saveTicket(
      tx,
      source,
      { ...statusChange(source, "CLOSED", sla, now), mergedIntoId: target.id, mergedAt: now },
      sla,
      [{ authorId: agent.id, event: { type: "merged", to: formatTicketNumber(target.number) } }],
      now,
    );
    const kept = await saveTicket(
      tx,
      target,
      {},
      sla,
      [{ authorId: agent.id, event: { type: "mergedFrom", from: formatTicketNumber(source.number) } }],
      now,
    );
    for (const id of [source.id, target.id])
      await enqueueWebhook(tx, "ticket.updated", () => ticketPayload(tx, { id }));
    const entries = async (ids: string[], requesterId: string) =>
      (await tx.ticketEntry.findMany({ where: { id: { in: ids } }, select: entrySelect })).map((row) =>
        toEntryDto(row, requesterId),
      );
    return {
      source: { ticket: closed.saved, entries: await entries(closed.entryIds, source.requesterId) },
      target: { ticket: kept.saved, entries: await entries(kept.entryIds, target.requesterId) },
    };
  });
  const by = { id: agent.id, name: agent.name };
  publishTicketUpdated(result.source.ticket, result.source.entries, by);
  publishTicketUpdated(result.target.ticket, result.target.entries, by);
  return { ref: formatTicketNumber(result.target.ticket.number) };
}
