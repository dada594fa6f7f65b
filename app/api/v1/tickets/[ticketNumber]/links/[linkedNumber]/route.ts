import { requireAgent } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { getTicket } from "@/lib/services/tickets/get-ticket";
import { setTicketLink } from "@/lib/services/tickets/link-ticket";
import { ticketNumberParam } from "@/lib/http/ticket-param";

/** Agents: unlink a related ticket (from both sides). */
export const DELETE = route<{ ticketNumber: string; linkedNumber: string }>(
  async ({ actor, params }) => {
    const agent = requireAgent(actor);
    const number = ticketNumberParam(params.ticketNumber);
    const other = ticketNumberParam(params.linkedNumber);
    await setTicketLink({ actor: agent, number, other, linked: false });
    return { ticket: await getTicket({ actor: agent, number }) };
  },
  { scope: "tickets:write" },
);

export { methodNotAllowed as GET, methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH };
