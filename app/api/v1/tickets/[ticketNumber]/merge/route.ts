import { requireAgent } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { mergeTicket } from "@/lib/services/tickets/merge-ticket";
import { ticketNumberParam } from "@/lib/http/ticket-param";
import { mergeTicketSchema } from "@/lib/contracts/ticket";

/** Agents: merge this duplicate into another ticket; answers with the ticket it went to. */
export const POST = route<{ ticketNumber: string }>(
  async ({ actor, params, json }) => {
    const agent = requireAgent(actor);
    const number = ticketNumberParam(params.ticketNumber);
    const { into } = await json(mergeTicketSchema);
    return { into: await mergeTicket({ actor: agent, number, into }) };
  },
  { scope: "tickets:write" },
);

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
