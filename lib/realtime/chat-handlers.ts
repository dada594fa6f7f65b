import { isAgent } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { acceptConversation } from "@/lib/services/chat/accept-conversation";
import { scheduleQueueBroadcast } from "@/lib/services/routing/broadcast-queue";
import { closeConversation } from "@/lib/services/chat/close-conversation";
import { findMessages } from "@/lib/services/chat/find-messages";
import { getConversation } from "@/lib/services/chat/get-conversation";
import { markRead } from "@/lib/services/chat/mark-read";
import { requestHandoff } from "@/lib/services/bot/request-handoff";
import { sendMessage } from "@/lib/services/chat/send-message";
import { setTyping } from "@/lib/services/chat/set-typing";
import { transferConversation } from "@/lib/services/chat/transfer-conversation";
import {
  conversationIdSchema,
  joinConversationSchema,
  readSchema,
  sendMessageSchema,
  transferSchema,
  typingSchema,
} from "@/lib/contracts/chat";
import { command, type BeaconSocket } from "./command";
import { rooms } from "./events";

/** Live chat's commands (docs/architecture.md, the real-time contract). Each parses with the HTTP schema and calls one service. */
export function registerChatCommands(socket: BeaconSocket): void {
  // Access is checked before the socket enters the rooms, and the rooms are entered before the history is read:
  // a message committed meanwhile arrives by the room or in the history (or both; the client drops duplicates by seq).
  command(socket, "conversation.join", joinConversationSchema, async ({ conversationId, afterSeq }, { actor }) => {
    const conversation = await getConversation({ actor, conversationId });
    await socket.join(
      isAgent(actor)
        ? [rooms.conversation(conversationId), rooms.conversationAgents(conversationId)]
        : rooms.conversation(conversationId),
    );
    const { messages, more } = await findMessages({ actor, conversationId, afterSeq });
    // A waiting customer who (re)joins learns their place in line with the next queue push.
    if (conversation.status === "QUEUED" && !isAgent(actor)) scheduleQueueBroadcast();
    return { conversation, messages, more };
  });

  command(socket, "message.send", sendMessageSchema, async (input, { actor }) => ({
    message: await sendMessage({ actor, ...input }),
  }));

  // Typing is not stored: only a socket that joined the conversation (where access was checked) may signal it.
  command(socket, "typing.set", typingSchema, async ({ conversationId, typing }, { actor }) => {
    if (!socket.rooms.has(rooms.conversation(conversationId))) throw new AppError("NOT_FOUND", "notJoined");
    setTyping({ actor, conversationId, typing });
    return {};
  });

  command(socket, "conversation.read", readSchema, async ({ conversationId, seq }, { actor }) => {
    await markRead({ actor, conversationId, seq });
    return {};
  });

  command(socket, "handoff.request", conversationIdSchema, async ({ conversationId }, { actor }) => ({
    conversation: await requestHandoff({ actor, conversationId }),
  }));

  command(socket, "conversation.accept", conversationIdSchema, async ({ conversationId }, { actor }) => ({
    conversation: await acceptConversation({ actor, conversationId }),
  }));

  command(socket, "conversation.transfer", transferSchema, async (input, { actor }) => ({
    conversation: await transferConversation({ actor, ...input }),
  }));

  command(socket, "conversation.close", conversationIdSchema, async ({ conversationId }, { actor }) => ({
    conversation: await closeConversation({ actor, conversationId }),
  }));
}
