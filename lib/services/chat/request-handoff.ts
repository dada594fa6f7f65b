import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { ConversationDto } from "@/lib/realtime/events";
import { scheduleQueueBroadcast } from "./broadcast-queue";
import { getConversation } from "./get-conversation";
import { publishConversation } from "./publish-chat";

/**
 * The customer asks for a person: a chat with the bot joins the agents' queue. Chats start QUEUED until the bot
 * exists, so today this only confirms where the chat stands.
 */
export async function requestHandoff({ actor, conversationId }: { actor: Actor; conversationId: string }): Promise<ConversationDto> {
  const customer = requireUser(actor);
  const prisma = await getPrisma();
  const moved = await prisma.conversation.updateMany({
    where: { id: conversationId, customerId: customer.id, status: "BOT" },
    data: { status: "QUEUED", queuedAt: new Date() },
  });
  const conversation = await getConversation({ actor: customer, conversationId });
  if (moved.count) {
    publishConversation(conversation);
    scheduleQueueBroadcast();
  }
  return conversation;
}
