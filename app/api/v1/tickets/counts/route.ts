import { requireAgent } from "@/lib/auth/guards";
import { route } from "@/lib/http/route";
import { countTicketViews } from "@/lib/services/tickets/find-tickets";

/** Agents: how many tickets each view holds (capped at 999, shown as 999+). */
export const GET = route(async ({ actor }) => ({ counts: await countTicketViews({ actor: requireAgent(actor) }) }), { scope: "tickets:read" });
