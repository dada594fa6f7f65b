import { requireAgent } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { countTicketViews } from "@/lib/services/tickets/find-tickets";

/** Agents: how many tickets each view holds (capped at 999, shown as 999+). */
export const GET = route(async ({ actor }) => ({ counts: await countTicketViews({ actor: requireAgent(actor) }) }), {
  scope: "tickets:read",
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
