import { requireUser } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { findMessages } from "@/lib/services/chat/find-messages";
import { getConversation } from "@/lib/services/chat/get-conversation";
import { sendMessage } from "@/lib/services/chat/send-message";
import { messageHistorySchema, postMessageSchema } from "@/lib/contracts/chat";

/** History after `afterSeq` (oldest first, `more` when another page exists) — what `conversation.join` returns. */
export const GET = route<{ conversationId: string }>(
  async ({ actor, params, query }) => {
    const user = requireUser(actor);
    await getConversation({ actor: user, conversationId: params.conversationId });
    return findMessages({ actor: user, conversationId: params.conversationId, ...query(messageHistorySchema) });
  },
  { scope: "conversations:read" },
);

/** Sends a message, exactly as `message.send` does (same schema, same clientId idempotency). */
export const POST = route<{ conversationId: string }>(async ({ actor, params, json }) => {
  const user = requireUser(actor);
  const message = await sendMessage({
    actor: user,
    conversationId: params.conversationId,
    ...(await json(postMessageSchema)),
  });
  return Response.json({ message }, { status: 201 });
});

export { methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
