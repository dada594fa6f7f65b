import { isAgent, type Actor } from "@/lib/auth/actor";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";

/**
 * Tells the other side someone is typing. Nothing is stored; the socket handler only lets through sockets that have
 * joined the conversation, which is where access was checked. A customer's typing reaches agents only; an agent's
 * reaches the customer and the other agents looking at the chat.
 */
export function setTyping({
  actor,
  conversationId,
  typing,
}: {
  actor: Actor;
  conversationId: string;
  typing: boolean;
}): void {
  const agent = isAgent(actor);
  publish(agent ? rooms.conversation(conversationId) : rooms.conversationAgents(conversationId), "typing.changed", {
    conversationId,
    side: agent ? "AGENT" : "CUSTOMER",
    name: actor.name,
    typing,
    userId: actor.id,
  });
}
