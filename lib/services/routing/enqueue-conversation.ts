import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ConversationDto, Priority } from "@/lib/contracts/chat";
import { scheduleQueueBroadcast } from "./broadcast-queue";
import { conversationSelect, toConversationDto, toMessageDto } from "@/lib/conversations/dto";
import { insertMessage } from "@/lib/conversations/insert-message";
import { publishConversation, publishMessage } from "@/lib/conversations/publish";
import { TX_OPTIONS } from "@/lib/conversations/tx-options";
import { scheduleAutoAssign } from "./auto-assign";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";
import { chatPayload } from "@/lib/services/webhooks/payloads";

export type Handoff = {
  conversationId: string;
  /** The inferred or chosen topic (sets team and priority), if any. */
  topic: { id: string; teamId: string; basePriority: Priority } | null;
  /** Overrides the topic's priority (the urgent lane). */
  priority?: Priority;
  /** The bot's line that goes with the handoff (its meta carries the context the agent sees). */
  botMessage: { body: string; meta: Prisma.InputJsonValue };
};

/**
 * The bot hands a chat to the humans: BOT → QUEUED with topic, team and priority, and the bot's last line, in one
 * transaction that only runs while the chat is still with the bot (a second handoff, or one racing an agent, does
 * nothing). Then routing runs and every waiting customer hears their new place in line.
 */
export async function enqueueConversation(handoff: Handoff): Promise<ConversationDto | null> {
  const prisma = await getPrisma();
  const result = await prisma.$transaction(async (tx) => {
    const moved = await tx.conversation.updateMany({
      where: { id: handoff.conversationId, status: "BOT" },
      data: {
        status: "QUEUED",
        queuedAt: new Date(),
        ...(handoff.topic ? { topicId: handoff.topic.id, teamId: handoff.topic.teamId } : {}),
        priority: handoff.priority ?? handoff.topic?.basePriority ?? "NORMAL",
      },
    });
    if (moved.count === 0) return null;
    const { message } = await insertMessage(tx, {
      conversationId: handoff.conversationId,
      authorKind: "BOT",
      authorId: null,
      body: handoff.botMessage.body,
      meta: handoff.botMessage.meta,
    });
    const conversation = await tx.conversation.findUniqueOrThrow({
      where: { id: handoff.conversationId },
      select: conversationSelect,
    });
    await enqueueWebhook(tx, "chat.queued", () => chatPayload(tx, handoff.conversationId));
    return { conversation, message };
  }, TX_OPTIONS);
  if (!result) return null;
  const conversation = toConversationDto(result.conversation);
  publishConversation(conversation);
  publishMessage(toMessageDto(result.message), conversation);
  // Routing runs behind the customer's request: under a surge, starting a chat must not wait for a routing pass.
  void scheduleAutoAssign();
  scheduleQueueBroadcast();
  return conversation;
}
