import { requireAgent } from "@/lib/auth/guards";
import { translator } from "@/lib/i18n/messages";
import { route, methodNotAllowed } from "@/lib/http/route";
import { bulkUpdateTickets } from "@/lib/services/tickets/bulk-update-tickets";
import { bulkTicketsSchema } from "@/lib/contracts/ticket";

/** Agents: `{ action: "assign", tickets: ["BCN-100001", …], assigneeId }`, `{ action: "solve" | "close", tickets }`. */
export const POST = route(async ({ actor, locale, json }) => {
  const agent = requireAgent(actor);
  const result = await bulkUpdateTickets({ actor: agent, input: await json(bulkTicketsSchema) });
  const t = translator(locale);
  return {
    updated: result.updated,
    failed: result.failed.map((f) => ({
      ref: f.ref,
      code: f.code,
      message: t.has(`errors.${f.messageKey}` as never)
        ? t(`errors.${f.messageKey}` as never)
        : t(`errors.${f.code}` as never),
    })),
  };
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
