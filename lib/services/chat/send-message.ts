import { isAgent, type Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import type { MessageDto } from "@/lib/contracts/chat";
import { writableScope } from "@/lib/conversations/access";
import { appendTextMessage, type Appended } from "@/lib/conversations/append-message";
import { emitChatEvent } from "@/lib/conversations/chat-events";
import { messageSelect, toMessageDto } from "@/lib/conversations/dto";
import { ConversationNotWritable, insertMessage } from "@/lib/conversations/insert-message";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { publishMessage } from "@/lib/conversations/publish";
import { refusal } from "./refusal";
import { TX_OPTIONS } from "@/lib/conversations/tx-options";

/** Flood control per customer: a burst of at most 5 a second, and 60 a minute. */
export const FLOOD_LIMITS = { perSecond: 5, perMinute: 60 };

export type SendMessageInput = {
  actor: Actor;
  conversationId: string;
  clientId: string;
  body: string;
  attachmentIds?: string[];
  internal?: boolean;
};

/**
 * Stores a message with the next seq and pushes it to whoever may see it; the acknowledgement waits for nothing
 * else. Idempotent: sending the same clientId again returns the stored message. A refused message (flood, closed
 * chat, bad attachment) stores nothing.
 */
export async function sendMessage(input: SendMessageInput): Promise<MessageDto> {
  const actor = requireUser(input.actor);
  const agent = isAgent(actor);
  const internal = input.internal ?? false;
  if (internal && !agent) throw new AppError("FORBIDDEN", "notesAgentsOnly");
  if (!agent) {
    const replay = await floodControl(actor, input);
    if (replay) return toMessageDto(replay);
  }

  try {
    const { conversationId, clientId, body } = input;
    const sent = input.attachmentIds?.length
      ? await withAttachments(actor, input, internal)
      : await appendTextMessage({
          actor,
          authorKind: agent ? "AGENT" : "CUSTOMER",
          conversationId,
          clientId,
          body,
          internal,
        });
    if (!sent) throw new ConversationNotWritable();
    publishMessage(sent.message, sent.conversation);
    // The bot, the urgent lane and the queue react after this returns (lib/services/chat-reactions.ts).
    emitChatEvent({ kind: "message", conversation: sent.conversation, message: sent.message });
    return sent.message;
  } catch (error) {
    if (error instanceof ConversationNotWritable) throw await refusal(actor, input.conversationId, "message.send");
    if (isUniqueViolation(error)) return resent(actor, input);
    throw error;
  }
}

/** A message with files: the seq, the message and the files' link in one short transaction. */
async function withAttachments(actor: Actor, input: SendMessageInput, internal: boolean): Promise<Appended> {
  const agent = isAgent(actor);
  const prisma = await getPrisma();
  const { message, conversation } = await prisma.$transaction(async (tx) => {
    const inserted = await insertMessage(tx, {
      conversationId: input.conversationId,
      where: writableScope(actor, internal),
      authorKind: agent ? "AGENT" : "CUSTOMER",
      authorId: actor.id,
      body: input.body,
      internal,
      clientId: input.clientId,
      attachmentIds: input.attachmentIds,
    });
    if (agent && !internal && !inserted.conversation.firstResponseAt) {
      await tx.conversation.update({ where: { id: inserted.conversation.id }, data: { firstResponseAt: new Date() } });
    }
    return inserted;
  }, TX_OPTIONS);
  return { message: toMessageDto(message), conversation };
}

/** Refuses a customer over the limits, unless this is a retry of a message stored before (returned as is). */
async function floodControl(actor: Actor, input: SendMessageInput) {
  try {
    await consumeOrThrow(limiter("chat-burst", FLOOD_LIMITS.perSecond, 1), actor.id, "chatFlood");
    await consumeOrThrow(limiter("chat-minute", FLOOD_LIMITS.perMinute, 60), actor.id, "chatFlood");
    return null;
  } catch (error) {
    const stored = await findOwn(actor, input);
    if (stored) return stored;
    throw error;
  }
}

async function findOwn(actor: Actor, input: SendMessageInput) {
  const prisma = await getPrisma();
  return prisma.message.findFirst({
    where: { conversationId: input.conversationId, clientId: input.clientId, authorId: actor.id },
    select: messageSelect,
  });
}

/** The clientId is taken: the same sender's retry gets the stored message; anyone else's reuse is refused. */
async function resent(actor: Actor, input: SendMessageInput): Promise<MessageDto> {
  const stored = await findOwn(actor, input);
  if (!stored) throw new AppError("CONFLICT", "clientIdTaken");
  return toMessageDto(stored);
}
