import { requireUser } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { leaveMessage } from "@/lib/services/routing/leave-message";

/** The waiting customer leaves a message instead (overflow): the chat becomes a ticket with the transcript. */
export const POST = route<{ conversationId: string }>(async ({ actor, params }) => {
  const result = await leaveMessage({ actor: requireUser(actor), conversationId: params.conversationId });
  return Response.json(result, { status: 201 });
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
