import { isAgent, type Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ConversationDto } from "@/lib/contracts/chat";
import { closableScope } from "@/lib/conversations/access";
import { scheduleAutoAssign } from "@/lib/services/routing/auto-assign";
import { boardChanged } from "@/lib/realtime/board-signal";
import { scheduleQueueBroadcast } from "@/lib/services/routing/broadcast-queue";
import { releaseChatSlot } from "./capacity";
import { conversationSelect, toConversationDto, toMessageDto } from "@/lib/conversations/dto";
import { publishConversation, publishMessage } from "@/lib/conversations/publish";
import { refusal } from "./refusal";
import { insertSystemMessage } from "@/lib/conversations/system-message";
import { TX_OPTIONS } from "@/lib/conversations/tx-options";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";
import { chatPayload } from "@/lib/services/webhooks/payloads";

/**
 * Ends a chat: the customer, the assignee or an admin (any agent for a chat nobody has taken). The assignee's slot
 * is given back in the same transaction; the customer is then asked for a rating.
 */
export async function closeConversation({
  actor,
  conversationId,
}: {
  actor: Actor;
  conversationId: string;
}): Promise<ConversationDto> {
  const user = requireUser(actor);
  const prisma = await getPrisma();
  const before = await prisma.conversation.findFirst({
    where: { id: conversationId, ...closableScope(user) },
    select: { assigneeId: true, status: true },
  });
  if (!before) throw await refusal(user, conversationId, "conversation.close");

  const result = await prisma.$transaction(async (tx) => {
    const closed = await tx.conversation.updateMany({
      where: { id: conversationId, ...closableScope(user), assigneeId: before.assigneeId },
      data: { status: "CLOSED", closedAt: new Date() },
    });
    if (closed.count === 0) throw new AppError("CONFLICT", "conversationChanged");
    await releaseChatSlot(tx, before.assigneeId);
    const { message } = await insertSystemMessage(tx, conversationId, {
      event: "closed",
      by: isAgent(user) ? "AGENT" : "CUSTOMER",
      name: user.name,
    });
    const conversation = await tx.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      select: conversationSelect,
    });
    await enqueueWebhook(tx, "chat.closed", () => chatPayload(tx, conversationId));
    return { conversation, message };
  }, TX_OPTIONS);
  const conversation = toConversationDto(result.conversation);
  publishConversation(conversation);
  publishMessage(toMessageDto(result.message), conversation);
  if (before.status === "QUEUED") scheduleQueueBroadcast();
  // The assignee's chats and handled-today figures on the wallboard.
  boardChanged({ work: true });
  // A freed slot goes to the next waiting chat.
  if (before.assigneeId) void scheduleAutoAssign();
  return conversation;
}
