import type { Actor } from "@/lib/auth/actor";
import { isAgent } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";

/**
 * Who may download a file: agents; its uploader; the customer of the conversation it was sent in (unless it is on an
 * internal note); the requester of the ticket it is on (unless on an internal note); and whoever holds a ticket's
 * tracking access (`ticketIds`, checked by the caller). Anyone else gets 404, as if it did not exist.
 */
export function attachmentVisibility(actor: Actor | null, ticketIds: string[] = []): Prisma.AttachmentWhereInput {
  if (isAgent(actor)) return {};
  const visible: Prisma.AttachmentWhereInput[] = [];
  if (ticketIds.length) visible.push({ ticketEntry: { kind: "REPLY", ticketId: { in: ticketIds } } });
  if (actor) {
    visible.push(
      { uploaderId: actor.id },
      { message: { internal: false, conversation: { customerId: actor.id } } },
      { ticketEntry: { kind: "REPLY", ticket: { requesterId: actor.id } } },
    );
  }
  return visible.length ? { OR: visible } : { id: "" };
}

export async function getAttachment({
  actor,
  id,
  ticketIds,
}: {
  actor: Actor | null;
  id: string;
  ticketIds?: string[];
}) {
  const prisma = await getPrisma();
  const row = await prisma.attachment.findFirst({ where: { id, ...attachmentVisibility(actor, ticketIds) } });
  if (!row) throw notFound();
  return row;
}
