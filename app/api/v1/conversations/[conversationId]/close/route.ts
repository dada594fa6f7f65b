import { requireUser } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { closeConversation } from "@/lib/services/chat/close-conversation";

/** Ends the chat (the customer, the assignee or an admin) — as `conversation.close`. */
export const POST = route<{ conversationId: string }>(async ({ actor, params }) => ({
  conversation: await closeConversation({ actor: requireUser(actor), conversationId: params.conversationId }),
}));

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
