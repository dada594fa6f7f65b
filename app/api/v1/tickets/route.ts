import { DEVICE_HEADER, parseDeviceId } from "@/lib/device-id";
import { requireUser } from "@/lib/auth/guards";
import { clientIp } from "@/lib/http/client-ip";
import { route, methodNotAllowed } from "@/lib/http/route";
import { createTicket } from "@/lib/services/tickets/create-ticket";
import { findTickets } from "@/lib/services/tickets/find-tickets";
import { guestCookie } from "@/lib/auth/guest-cookie";
import { limitTicketCreation } from "@/lib/services/tickets/ticket-limits";
import { createTicketSchema, guestTicketSchema, listTicketsSchema } from "@/lib/contracts/ticket";

/** Customers: their tickets. Agents: a view (`view=mine|unassigned|team|all|atRisk|waiting`), filters, `q` search. */
export const GET = route(
  async ({ actor, query }) => findTickets({ actor: requireUser(actor), input: query(listTicketsSchema) }),
  { scope: "tickets:read" },
);

/** Files a ticket: signed-in customers, guests (cookie) and visitors (with `email`; they become a guest). */
export const POST = route(async ({ req, actor, locale, json }) => {
  const input = await json(actor && !actor.isGuest ? createTicketSchema : guestTicketSchema);
  await limitTicketCreation(actor, clientIp(req.headers), parseDeviceId(req.headers.get(DEVICE_HEADER)));
  const ticket = await createTicket({ actor, input, locale });
  const response = Response.json({ ticket }, { status: 201 });
  if (ticket.guestId)
    response.headers.append("Set-Cookie", guestCookie(ticket.guestId, req.nextUrl.protocol === "https:"));
  return response;
});

export { methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
