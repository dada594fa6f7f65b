import { requireAgent } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { acceptConversation } from "@/lib/services/chat/accept-conversation";

/** An agent takes a waiting chat (409 when someone was faster or the agent is full) — as `conversation.accept`. */
export const POST = route<{ conversationId: string }>(async ({ actor, params }) => ({
  conversation: await acceptConversation({ actor: requireAgent(actor), conversationId: params.conversationId }),
}));

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
