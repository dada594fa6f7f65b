import type { Prisma } from "@/lib/db/generated/client";
import type { SystemEvent } from "@/lib/contracts/chat";
import { localize } from "@/lib/i18n/locales";
import { insertMessage } from "./insert-message";

/** English wording for API readers and plain transcripts; browsers render `meta` in the reader's language. */
export function systemText(event: SystemEvent): string {
  switch (event.event) {
    case "agent_joined":
      return `${event.name} joined the chat`;
    case "transferred_agent":
      return `The chat was transferred to ${event.to}`;
    case "transferred_team":
      return `The chat was transferred to the ${localize(event.team, "en")} team`;
    case "closed":
      return event.by === "CUSTOMER" ? "The customer closed the chat" : `${event.name} closed the chat`;
    case "account_action":
      return `${localize(event.notice, "en")} (${event.at})`;
    case "case_update":
      return `Case update from ${event.name}: ${event.body}`;
  }
}

/** A system line in the conversation (joined, transferred, closed), inside the caller's transaction. */
export function insertSystemMessage(tx: Prisma.TransactionClient, conversationId: string, event: SystemEvent) {
  return insertMessage(tx, {
    conversationId,
    authorKind: "SYSTEM",
    authorId: null,
    body: systemText(event),
    meta: event,
  });
}
