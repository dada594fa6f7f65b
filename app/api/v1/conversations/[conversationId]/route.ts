import { isAgent } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { getConversation } from "@/lib/services/chat/get-conversation";
import { getCustomerContext } from "@/lib/services/chat/get-customer-context";

/** One conversation; agents also get the customer's context (email, VIP level, earlier chats and tickets). */
export const GET = route<{ conversationId: string }>(
  async ({ actor, params }) => {
    const user = requireUser(actor);
    const conversation = await getConversation({ actor: user, conversationId: params.conversationId });
    return isAgent(user)
      ? { conversation, customer: await getCustomerContext({ actor: user, conversationId: conversation.id }) }
      : { conversation };
  },
  { scope: "conversations:read" },
);

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
