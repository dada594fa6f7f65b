import { route, methodNotAllowed } from "@/lib/http/route";
import { regenerateTrackingKey } from "@/lib/services/tickets/regenerate-tracking-key";
import { ticketNumberParam } from "@/lib/http/ticket-param";

/** Revokes the tracking link and emails a new one (the requester also gets it in the answer; agents do not). */
export const POST = route<{ ticketNumber: string }>(async ({ actor, params }) =>
  regenerateTrackingKey({ actor, number: ticketNumberParam(params.ticketNumber) }),
);

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
