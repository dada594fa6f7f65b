import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import type { ConversationDto } from "@/lib/contracts/chat";
import { getConversation } from "@/lib/services/chat/get-conversation";
import { handOffOnRequest } from "./hand-off";

/**
 * The customer asks for a person: a chat with the bot joins the agents' queue, with the bot's context (inferred
 * topic, articles offered). A chat already queued or with an agent just reports where it stands.
 */
export async function requestHandoff({
  actor,
  conversationId,
}: {
  actor: Actor;
  conversationId: string;
}): Promise<ConversationDto> {
  const customer = requireUser(actor);
  const conversation = await getConversation({ actor: customer, conversationId });
  if (conversation.status !== "BOT" || conversation.customerId !== customer.id) return conversation;
  return (await handOffOnRequest(conversationId)) ?? (await getConversation({ actor: customer, conversationId }));
}
