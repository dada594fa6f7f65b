import { requireAgent } from "@/lib/auth/guards";
import { route } from "@/lib/http/route";
import { logCallSchema } from "@/lib/contracts/phone";
import { findCalls } from "@/lib/services/phone/find-calls";
import { logCall } from "@/lib/services/phone/log-call";
import { z } from "zod";

/** Agents: the calls logged on a customer (`customerId`). */
export const GET = route(async ({ actor, query }) => ({
  calls: await findCalls({
    actor: requireAgent(actor),
    ...query(z.object({ customerId: z.string().trim().min(1).max(64) })),
  }),
}));

/** Agents log a call and, with `ticket`, file a ticket for the caller (201). */
export const POST = route(async ({ actor, locale, json }) => {
  const call = await logCall({ actor: requireAgent(actor), input: await json(logCallSchema), locale });
  return Response.json({ call }, { status: 201 });
});
