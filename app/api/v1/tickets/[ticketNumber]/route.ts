import { requireAgent } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { getTicket } from "@/lib/services/tickets/get-ticket";
import { ticketNumberParam } from "@/lib/http/ticket-param";
import { updateTicket } from "@/lib/services/tickets/update-ticket";
import { trackingKeySchema, updateTicketSchema } from "@/lib/contracts/ticket";

type Params = { ticketNumber: string };

/** The ticket with its thread: for its requester, agents, or `?key=` (tracking link). Any miss is the same 404. */
export const GET = route<Params>(
  async ({ actor, params, query }) => {
    const { key } = query(trackingKeySchema);
    return { ticket: await getTicket({ actor, number: ticketNumberParam(params.ticketNumber), key }) };
  },
  { scope: "tickets:read" },
);

/** Agents: change status, priority, assignee, team, tags or subject. */
export const PATCH = route<Params>(
  async ({ actor, params, json }) => {
    const agent = requireAgent(actor);
    const number = ticketNumberParam(params.ticketNumber);
    await updateTicket({ actor: agent, number, changes: await json(updateTicketSchema) });
    return { ticket: await getTicket({ actor: agent, number }) };
  },
  { scope: "tickets:write" },
);

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as DELETE };
