import { requireAgent } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { convertConversationToTicket } from "@/lib/services/tickets/convert-conversation";
import { convertConversationSchema } from "@/lib/contracts/ticket";

/** Agents: turn a chat into a ticket that keeps the transcript (201; 200 with the existing ticket the second time). */
export const POST = route<{ conversationId: string }>(async ({ req, actor, params, json }) => {
  const agent = requireAgent(actor);
  const input = (await req.clone().text()).trim() ? await json(convertConversationSchema) : {};
  const ticket = await convertConversationToTicket({
    actor: agent,
    conversationId: params.conversationId,
    subject: input.subject,
  });
  return Response.json({ ticket }, { status: ticket.created ? 201 : 200 });
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
