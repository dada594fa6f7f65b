import { route, methodNotAllowed } from "@/lib/http/route";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { clientIp } from "@/lib/http/client-ip";
import { replyToTicket } from "@/lib/services/tickets/reply-to-ticket";
import { ticketNumberParam } from "@/lib/http/ticket-param";
import { replyTicketSchema, trackingKeySchema } from "@/lib/contracts/ticket";

/** A reply: agents (public or `internal: true` note, optional `status`), the requester, or `?key=` holders. */
export const POST = route<{ ticketNumber: string }>(
  async ({ req, actor, params, query, json }) => {
    const { key } = query(trackingKeySchema);
    const number = ticketNumberParam(params.ticketNumber);
    const input = await json(replyTicketSchema);
    await consumeOrThrow(limiter("ticket-reply", 30, 60), actor?.id ?? clientIp(req.headers));
    const result = await replyToTicket({ actor, number, key, input });
    return Response.json(result, { status: 201 });
  },
  { scope: "tickets:write" },
);

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
