import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { formatTicketNumber } from "@/lib/contracts/ticket";

/** Agents: the calls logged on a customer, newest first, with who took them and the ticket filed from each. */
export async function findCalls({ actor, customerId }: { actor: Actor; customerId: string }) {
  requireAgent(actor);
  const prisma = await getPrisma();
  const rows = await prisma.phoneCall.findMany({
    where: { customerId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      direction: true,
      phoneNumber: true,
      durationSeconds: true,
      notes: true,
      createdAt: true,
      agent: { select: { name: true } },
      ticket: { select: { number: true } },
    },
  });
  return rows.map(({ agent, ticket, createdAt, ...row }) => ({
    ...row,
    agentName: agent.name,
    ticketRef: ticket ? formatTicketNumber(ticket.number) : null,
    createdAt: createdAt.toISOString(),
  }));
}
