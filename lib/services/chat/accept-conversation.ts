import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ConversationDto } from "@/lib/contracts/chat";
import { scheduleQueueBroadcast } from "@/lib/services/routing/broadcast-queue";
import { takeChatSlot } from "./capacity";
import { conversationSelect, toConversationDto, toMessageDto } from "@/lib/conversations/dto";
import { publishConversation, publishMessage } from "@/lib/conversations/publish";
import { refusal } from "./refusal";
import { insertSystemMessage } from "@/lib/conversations/system-message";
import { TX_OPTIONS } from "@/lib/conversations/tx-options";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";
import { chatPayload } from "@/lib/services/webhooks/payloads";

/**
 * An agent takes a waiting chat. Atomic twice over: the agent's slot is a conditional increment below
 * maxConcurrentChats, and the chat moves only while it is still QUEUED and unassigned — of two agents clicking at
 * once, one gets it and the other a clear "already taken", with their slot given back by the rollback.
 */
export async function acceptConversation({
  actor,
  conversationId,
}: {
  actor: Actor;
  conversationId: string;
}): Promise<ConversationDto> {
  const agent = requireAgent(actor);
  const prisma = await getPrisma();
  await prisma.agentProfile.upsert({ where: { userId: agent.id }, create: { userId: agent.id }, update: {} });
  let gone = false;
  const result = await prisma
    .$transaction(async (tx) => {
      const taken = await tx.conversation.updateMany({
        where: { id: conversationId, status: "QUEUED", assigneeId: null },
        data: { status: "ACTIVE", assigneeId: agent.id, assignedAt: new Date() },
      });
      if (taken.count === 0) {
        gone = true;
        throw new AppError("CONFLICT", "alreadyTaken");
      }
      if (!(await takeChatSlot(tx, agent.id))) throw new AppError("CONFLICT", "atCapacity");
      const { message } = await insertSystemMessage(tx, conversationId, { event: "agent_joined", name: agent.name });
      await enqueueWebhook(tx, "chat.assigned", () => chatPayload(tx, conversationId));
      const conversation = await tx.conversation.findUniqueOrThrow({
        where: { id: conversationId },
        select: conversationSelect,
      });
      return { conversation, message };
    }, TX_OPTIONS)
    .catch(async (error: unknown) => {
      if (gone) {
        const why = await refusal(agent, conversationId, "conversation.accept");
        throw why.code === "NOT_FOUND" || why.messageKey === "conversationClosed" ? why : error;
      }
      throw error;
    });
  const conversation = toConversationDto(result.conversation);
  publishConversation(conversation);
  publishMessage(toMessageDto(result.message), conversation);
  scheduleQueueBroadcast();
  return conversation;
}
