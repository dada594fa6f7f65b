import { requireAgent } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { suggestArticles } from "@/lib/services/chat/suggest-articles";

/** Help-center articles for the agent to send, from the customer's latest messages, in the chat's language. */
export const GET = route<{ conversationId: string }>(async ({ actor, params }) => ({
  suggestions: await suggestArticles({ actor: requireAgent(actor), conversationId: params.conversationId }),
}));

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
