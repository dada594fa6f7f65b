import { requireAgent } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { getTicket } from "@/lib/services/tickets/get-ticket";
import { setTicketLink } from "@/lib/services/tickets/link-ticket";
import { ticketNumberParam } from "@/lib/http/ticket-param";
import { linkTicketSchema } from "@/lib/contracts/ticket";

/** Agents: link a related ticket (both list each other). */
export const POST = route<{ ticketNumber: string }>(
  async ({ actor, params, json }) => {
    const agent = requireAgent(actor);
    const number = ticketNumberParam(params.ticketNumber);
    const { ticket: other } = await json(linkTicketSchema);
    await setTicketLink({ actor: agent, number, other, linked: true });
    return { ticket: await getTicket({ actor: agent, number }) };
  },
  { scope: "tickets:write" },
);

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
