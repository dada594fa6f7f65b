import { onChatEvent } from "@/lib/conversations/chat-events";
import { escalateIfUrgent } from "@/lib/services/bot/escalate-if-urgent";
import { botOnStart, botTurn } from "@/lib/services/bot/reply-as-bot";
import { boardChanged, onBoardChange } from "@/lib/realtime/board-signal";
import { scheduleQueueBroadcast } from "@/lib/services/routing/broadcast-queue";
import { scheduleWallboardBroadcast } from "@/lib/services/wallboard/broadcast-wallboard";
import { forgetDayFigures } from "@/lib/services/wallboard/day-figures";

/**
 * What follows a customer's words, wired in one place (server.ts calls this at start; so does the test setup). The
 * chat core stores and publishes; these react to what was stored.
 */
export function registerChatReactions(): void {
  // The bot answers while the chat is with it; it never writes once the chat has left BOT (its lines say so in SQL).
  onChatEvent("bot", (event) => {
    if (event.kind === "started") return botOnStart(event);
    if (event.conversation.status === "BOT" && event.message.authorKind === "CUSTOMER")
      return botTurn(event.conversation.id, event.message.body);
  });
  // Still waiting and now writing about a compromised account: the urgent lane, without waiting behind everyone.
  onChatEvent("urgent-lane", (event) => {
    const { message, conversation } = event;
    if (
      event.kind === "message" &&
      conversation.status === "QUEUED" &&
      message?.authorKind === "CUSTOMER" &&
      !message.internal
    ) {
      return escalateIfUrgent(conversation.id, message.body);
    }
  });
  // The queue shows each waiting chat's latest words, and every waiting customer their place.
  onChatEvent("queue", ({ conversation, message }) => {
    if (conversation.status === "QUEUED" && !message?.internal) scheduleQueueBroadcast();
  });
  // The wallboard: an agent's reply resets their "since last reply"; everything else signals boardChanged().
  onChatEvent("wallboard", ({ message }) => {
    if (message?.authorKind === "AGENT" && !message.internal) boardChanged({ work: true });
  });
  onBoardChange(({ work, fromPeer }) => {
    if (work) forgetDayFigures();
    if (!fromPeer) return scheduleWallboardBroadcast();
  });
}
