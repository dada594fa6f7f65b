import { requireUser } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { rateConversation } from "@/lib/services/chat/rate-conversation";
import { rateConversationSchema } from "@/lib/contracts/chat";

/** The customer rates their closed chat, once: 1–5 and an optional comment. */
export const POST = route<{ conversationId: string }>(async ({ actor, params, json }) => {
  const user = requireUser(actor);
  return {
    conversation: await rateConversation({
      actor: user,
      conversationId: params.conversationId,
      ...(await json(rateConversationSchema)),
    }),
  };
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
