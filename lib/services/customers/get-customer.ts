import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { CustomerActivityDto } from "@/lib/contracts/customer";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import { recordStaffView } from "@/lib/services/audit/record-staff-view";
import { loadAttributeSchema } from "./attribute-schema";
import { toCustomerDto } from "./customer-dto";
import { customerSelect } from "./upsert-customer";

const RECENT = 50;

/** A customer by the exchange's id, with their latest chats and tickets (newest first). */
export async function getCustomer({
  actor,
  externalId,
}: {
  actor: Actor;
  externalId: string;
}): Promise<CustomerActivityDto> {
  requireAgent(actor);
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { externalId }, select: customerSelect });
  if (!user) throw new AppError("NOT_FOUND", "exchange.customerNotFound");
  await recordStaffView({ actor, customerId: user.id, via: "profile", ref: externalId });
  const [schema, conversations, tickets] = await Promise.all([
    loadAttributeSchema(),
    prisma.conversation.findMany({
      where: { customerId: user.id },
      orderBy: { createdAt: "desc" },
      take: RECENT,
      select: { id: true, status: true, priority: true, verified: true, createdAt: true, closedAt: true },
    }),
    prisma.ticket.findMany({
      where: { requesterId: user.id },
      orderBy: { createdAt: "desc" },
      take: RECENT,
      select: {
        number: true,
        subject: true,
        status: true,
        priority: true,
        verified: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
  ]);
  return {
    customer: toCustomerDto(user, schema),
    conversations: conversations.map((c) => ({
      ...c,
      createdAt: c.createdAt.toISOString(),
      closedAt: c.closedAt?.toISOString() ?? null,
    })),
    tickets: tickets.map((t) => ({
      ...t,
      ref: formatTicketNumber(t.number),
      createdAt: t.createdAt.toISOString(),
      updatedAt: t.updatedAt.toISOString(),
    })),
  };
}
