import type { Prisma } from "@/lib/db/generated/client";
import { formatTicketNumber } from "@/lib/contracts/ticket";

type Tx = Prisma.TransactionClient;
const customer = { select: { externalId: true, contactEmail: true, name: true, vipLevel: true } } as const;
const iso = (date: Date | null) => date?.toISOString() ?? null;

/** What a chat event says about the chat: enough to act on, never internal notes. */
export async function chatPayload(tx: Tx, conversationId: string) {
  const row = await tx.conversation.findUniqueOrThrow({
    where: { id: conversationId },
    select: {
      id: true,
      status: true,
      priority: true,
      verified: true,
      locale: true,
      queuedAt: true,
      assignedAt: true,
      closedAt: true,
      csat: true,
      csatComment: true,
      createdAt: true,
      topic: { select: { slug: true } },
      team: { select: { slug: true } },
      assignee: { select: { id: true, name: true } },
      customer,
    },
  });
  const { topic, team, customer: who, ...chat } = row;
  return {
    conversation: {
      ...chat,
      topic: topic?.slug ?? null,
      team: team?.slug ?? null,
      queuedAt: iso(chat.queuedAt),
      assignedAt: iso(chat.assignedAt),
      closedAt: iso(chat.closedAt),
      createdAt: chat.createdAt.toISOString(),
    },
    customer: { externalId: who.externalId, email: who.contactEmail, name: who.name, vipLevel: who.vipLevel },
  };
}

export async function ticketPayload(tx: Tx, where: { id: string } | { number: number }) {
  const row = await tx.ticket.findUniqueOrThrow({
    where,
    select: {
      number: true,
      subject: true,
      status: true,
      priority: true,
      channel: true,
      tags: true,
      verified: true,
      createdAt: true,
      updatedAt: true,
      solvedAt: true,
      topic: { select: { slug: true } },
      team: { select: { slug: true } },
      assignee: { select: { id: true, name: true } },
      requester: customer,
      mergedInto: { select: { number: true } },
    },
  });
  const { topic, team, requester, number, mergedInto, ...ticket } = row;
  return {
    ticket: {
      ...ticket,
      ref: formatTicketNumber(number),
      topic: topic?.slug ?? null,
      team: team?.slug ?? null,
      createdAt: ticket.createdAt.toISOString(),
      updatedAt: ticket.updatedAt.toISOString(),
      solvedAt: iso(ticket.solvedAt),
      mergedInto: mergedInto ? formatTicketNumber(mergedInto.number) : null,
    },
    customer: {
      externalId: requester.externalId,
      email: requester.contactEmail,
      name: requester.name,
      vipLevel: requester.vipLevel,
    },
  };
}
