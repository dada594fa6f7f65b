import { requireAgent } from "@/lib/auth/guards";
import { methodNotAllowed, route } from "@/lib/http/route";
import { listCallsSchema, logCallSchema } from "@/lib/contracts/phone";
import { findCalls } from "@/lib/services/phone/find-calls";
import { logCall } from "@/lib/services/phone/log-call";

/** Agents: the calls logged on a customer (`customerId`). */
export const GET = route(async ({ actor, query }) => ({
  calls: await findCalls({
    actor: requireAgent(actor),
    ...query(listCallsSchema),
  }),
}));

/** Agents log a call and, with `ticket`, file a ticket for the caller (201). */
export const POST = route(async ({ actor, locale, json }) => {
  const call = await logCall({ actor: requireAgent(actor), input: await json(logCallSchema), locale });
  return Response.json({ call }, { status: 201 });
});

export { methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
