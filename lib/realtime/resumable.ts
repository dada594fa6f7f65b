import type { ConversationDto } from "@/lib/contracts/chat";

const RATE_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Whether a customer coming back sees this conversation again: while it is open, and for a day after it ended if
 * they have not rated it yet (a reload must not lose the rating step). Shared by the pages and the widget.
 */
export function isResumable(
  conversation: Pick<ConversationDto, "status" | "csat" | "closedAt">,
  now = Date.now(),
): boolean {
  if (conversation.status !== "CLOSED") return true;
  return (
    conversation.csat === null &&
    conversation.closedAt !== null &&
    now - new Date(conversation.closedAt).getTime() < RATE_WINDOW_MS
  );
}
