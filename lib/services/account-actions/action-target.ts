import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type ActionTarget = { conversationId: string } | { ticketNumber: number };

export type ResolvedTarget = {
  kind: "chat" | "ticket";
  id: string;
  ref: string;
  priority: string;
  assigneeId: string | null;
  customer: { id: string; externalId: string | null; uid: string | null; contactEmail: string; name: string };
};

const customerSelect = { select: { id: true, externalId: true, uid: true, contactEmail: true, name: true } } as const;

/** The chat or ticket an agent acts on, with its customer; 404 when it does not exist. */
export async function resolveTarget(target: ActionTarget): Promise<ResolvedTarget> {
  const prisma = await getPrisma();
  if ("conversationId" in target) {
    const row = await prisma.conversation.findUnique({
      where: { id: target.conversationId },
      select: { id: true, priority: true, assigneeId: true, customer: customerSelect },
    });
    if (!row) throw new AppError("NOT_FOUND", "conversationNotFound");
    return {
      kind: "chat",
      id: row.id,
      ref: row.id,
      priority: row.priority,
      assigneeId: row.assigneeId,
      customer: row.customer,
    };
  }
  const row = await prisma.ticket.findUnique({
    where: { number: target.ticketNumber },
    select: { id: true, number: true, priority: true, assigneeId: true, requester: customerSelect },
  });
  if (!row) throw new AppError("NOT_FOUND", "ticketNotFound");
  return {
    kind: "ticket",
    id: row.id,
    ref: `BCN-${row.number}`,
    priority: row.priority,
    assigneeId: row.assigneeId,
    customer: row.requester,
  };
}

/**
 * Account actions belong to the urgent lane: the case is URGENT, the agent handles it (or is an admin), and the
 * customer is one the exchange knows (external id).
 */
export function assertMayAct(agent: Actor, target: ResolvedTarget): void {
  if (target.priority !== "URGENT") throw new AppError("CONFLICT", "exchange.actionsUrgentOnly");
  if (target.assigneeId !== agent.id && !isAdmin(agent))
    throw new AppError("FORBIDDEN", "exchange.actionsAssigneeOnly");
  if (!target.customer.externalId) throw new AppError("CONFLICT", "exchange.actionsNeedExternalId");
}
