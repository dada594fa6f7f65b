import { type ConversationDto, type MessageDto } from "@/lib/contracts/chat";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";

// Who hears what, decided here and nowhere else. Internal notes go only to agent rooms: a customer's socket is never
// in `conversation:<id>:agents`, in `agents`, or in an agent's `user:<id>` room.

type Parties = { id: string; customerId: string; assigneeId: string | null };

export function publishMessage(message: MessageDto, conversation: Parties): void {
  const assignee = conversation.assigneeId ? [rooms.user(conversation.assigneeId)] : [];
  if (message.internal) {
    publish([rooms.conversationAgents(conversation.id), ...assignee], "message.created", { message });
    return;
  }
  publish([rooms.conversation(conversation.id), rooms.user(conversation.customerId), ...assignee], "message.created", {
    message,
  });
}

/** A status, assignment or rating change: the customer, everyone in the conversation, and every agent's inbox. */
export function publishConversation(conversation: ConversationDto): void {
  publish(
    [rooms.conversation(conversation.id), rooms.user(conversation.customerId), rooms.agents],
    "conversation.updated",
    { conversation },
  );
}

export function publishRead(conversation: Parties, side: "CUSTOMER" | "AGENT", seq: number): void {
  const assignee = conversation.assigneeId ? [rooms.user(conversation.assigneeId)] : [];
  publish([rooms.conversation(conversation.id), rooms.user(conversation.customerId), ...assignee], "read.changed", {
    conversationId: conversation.id,
    side,
    seq,
  });
}
