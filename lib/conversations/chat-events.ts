import type { ConversationDto, ConversationStatus, MessageDto } from "@/lib/contracts/chat";
import { logger } from "@/lib/logger";

/**
 * What happened in a chat, told after commit and publish: the features that react (the bot's turn, the urgent lane,
 * the queue) register here, so the chat core imports none of them and the sender's acknowledgement waits for none.
 * Reactions read the database, never this process's memory, so they behave the same on any instance.
 */
export type ChatEvent =
  | { kind: "started"; conversation: ConversationDto; message: MessageDto | null; created: boolean }
  | {
      kind: "message";
      conversation: { id: string; customerId: string; assigneeId: string | null; status: ConversationStatus };
      message: MessageDto;
    };

export type ChatReaction = (event: ChatEvent) => Promise<unknown> | void;

type State = { reactions: Map<string, ChatReaction>; pending: Map<string, Promise<void>> };
// On globalThis: Next's bundles and server.ts load separate copies of this module.
const store = globalThis as typeof globalThis & { __beaconChatEvents?: State };
const state = () => (store.__beaconChatEvents ??= { reactions: new Map(), pending: new Map() });

/** Registers a reaction under a name (registering the name again replaces it). */
export function onChatEvent(name: string, reaction: ChatReaction): void {
  state().reactions.set(name, reaction);
}

/**
 * Runs every reaction for the event, after the caller has returned. One conversation's events are handled one after
 * another, in the order they were stored; a failing reaction is logged and never stops the others.
 */
export function emitChatEvent(event: ChatEvent): void {
  const { reactions, pending } = state();
  if (!reactions.size) return;
  const id = event.conversation.id;
  const next = (pending.get(id) ?? Promise.resolve()).then(() => react([...reactions], event));
  pending.set(id, next);
  void next.then(() => {
    if (pending.get(id) === next) pending.delete(id);
  });
}

async function react(reactions: [string, ChatReaction][], event: ChatEvent): Promise<void> {
  // A macrotask first: the sender's answer goes out before any reaction starts.
  await new Promise((resolve) => setImmediate(resolve));
  for (const [name, reaction] of reactions) {
    try {
      await reaction(event);
    } catch (error) {
      logger.error({ err: error, reaction: name, conversationId: event.conversation.id }, "chat reaction failed");
    }
  }
}

/** Resolves once the reactions to one conversation's events so far (or to every conversation's) have finished. */
export async function chatEventsSettled(conversationId?: string): Promise<void> {
  const { pending } = state();
  for (;;) {
    const waiting = conversationId ? [pending.get(conversationId)].filter(Boolean) : [...pending.values()];
    if (!waiting.length) return;
    await Promise.all(waiting);
  }
}
