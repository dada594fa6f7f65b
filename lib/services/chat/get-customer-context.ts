import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import type { CustomerContext } from "@/lib/realtime/chat-types";
import { recordStaffView } from "@/lib/services/audit/record-staff-view";
import { loadAttributeSchema } from "@/lib/services/customers/attribute-schema";
import { profileSelect, toProfileDto } from "@/lib/services/customers/profile-dto";

export type { CustomerContext };

/**
 * Who the agent is talking to: name, email, VIP level, language, and their earlier chats and tickets — matched by
 * contact email too, so a guest who chatted before under the same address shows their history.
 */
export async function getCustomerContext({
  actor,
  conversationId,
}: {
  actor: Actor;
  conversationId: string;
}): Promise<CustomerContext> {
  requireAgent(actor);
  const prisma = await getPrisma();
  const conversation = await prisma.conversation.findUnique({
    where: { id: conversationId },
    select: {
      verified: true,
      locale: true,
      customer: {
        select: {
          id: true,
          name: true,
          contactEmail: true,
          isGuest: true,
          vipLevel: true,
          locale: true,
          createdAt: true,
          ...profileSelect,
        },
      },
    },
  });
  if (!conversation) throw new AppError("NOT_FOUND", "conversationNotFound");
  const { customer } = conversation;
  const samePerson = {
    OR: [{ id: customer.id }, { contactEmail: { equals: customer.contactEmail, mode: "insensitive" as const } }],
  };
  const [pastChats, tickets, schema] = await Promise.all([
    recordStaffView({ actor, customerId: customer.id, via: "chat", ref: conversationId }).then(() =>
      prisma.conversation.findMany({
        where: { customer: samePerson, id: { not: conversationId } },
        orderBy: { createdAt: "desc" },
        take: 10,
        select: { id: true, status: true, createdAt: true, csat: true, topicId: true },
      }),
    ),
    prisma.ticket.findMany({
      where: { requester: samePerson },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, number: true, subject: true, status: true, createdAt: true },
    }),
    loadAttributeSchema(),
  ]);
  return {
    id: customer.id,
    name: customer.name,
    email: customer.contactEmail,
    isGuest: customer.isGuest,
    vipLevel: customer.vipLevel,
    // The language of this chat (what the customer wrote in, or chose), else their account setting.
    locale: conversation.locale || customer.locale,
    since: customer.createdAt.toISOString(),
    verified: conversation.verified,
    profile: toProfileDto(customer, schema),
    attributeLabels: Object.fromEntries(schema.map((d) => [d.key, d.label])),
    pastChats: pastChats.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    tickets: tickets.map(({ number, ...t }) => ({
      ...t,
      ref: formatTicketNumber(number),
      createdAt: t.createdAt.toISOString(),
    })),
  };
}
