import { route, methodNotAllowed } from "@/lib/http/route";
import { reopenTicket } from "@/lib/services/tickets/reopen-ticket";
import { ticketNumberParam } from "@/lib/http/ticket-param";
import { trackingKeySchema } from "@/lib/contracts/ticket";

/** The requester (or `?key=` holder) reopens a solved ticket within the reopen window. */
export const POST = route<{ ticketNumber: string }>(async ({ actor, params, query }) => {
  const { key } = query(trackingKeySchema);
  return reopenTicket({ actor, number: ticketNumberParam(params.ticketNumber), key });
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
