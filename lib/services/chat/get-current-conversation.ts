import type { Actor } from "@/lib/auth/actor";
import { isAgent } from "@/lib/auth/actor";
import type { ConversationDto, MessageDto } from "@/lib/contracts/chat";
import { isResumable } from "@/lib/realtime/resumable";
import { findConversations } from "./find-conversations";
import { findMessages } from "./find-messages";

/** The customer's conversation to show on arrival (open, or ended and not yet rated), with its history. */
export async function getCurrentConversation({
  actor,
}: {
  actor: Actor | null;
}): Promise<{ conversation: ConversationDto; messages: MessageDto[] } | null> {
  if (!actor || isAgent(actor)) return null;
  const { conversations } = await findConversations({ actor, status: "all", limit: 1 });
  const latest = conversations[0];
  if (!latest || !isResumable(latest)) return null;
  const { messages } = await findMessages({ actor, conversationId: latest.id, afterSeq: 0 });
  return { conversation: latest, messages };
}
