import { route, methodNotAllowed } from "@/lib/http/route";
import { rateTicket } from "@/lib/services/tickets/rate-ticket";
import { ticketNumberParam } from "@/lib/http/ticket-param";
import { rateTicketSchema, trackingKeySchema } from "@/lib/contracts/ticket";

/** The requester (or `?key=` holder, as in the solved email's rating links) rates a solved ticket. */
export const POST = route<{ ticketNumber: string }>(async ({ actor, params, query, json }) => {
  const { key } = query(trackingKeySchema);
  const input = await json(rateTicketSchema);
  return rateTicket({ actor, number: ticketNumberParam(params.ticketNumber), key, input });
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
