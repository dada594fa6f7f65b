import { isAgent, type Actor } from "@/lib/auth/actor";
import { createGuestToken } from "@/lib/auth/guest-token";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import type { ConversationDto, MessageDto } from "@/lib/contracts/chat";
import { createGuest } from "@/lib/services/users/guests";
import { checkMayChat } from "@/lib/services/identity/chat-policy";
import { isUrgent } from "@/lib/bot/decide-bot-reply";
import { chatEventsSettled, emitChatEvent } from "@/lib/conversations/chat-events";
import { conversationSelect, messageSelect, toConversationDto, toMessageDto } from "@/lib/conversations/dto";
import { insertMessage } from "@/lib/conversations/insert-message";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { publishConversation, publishMessage } from "@/lib/conversations/publish";
import { TX_OPTIONS } from "@/lib/conversations/tx-options";

export type StartConversationOptions = {
  /** A signed-in customer or returning guest; null for a visitor, who becomes a guest from name and email. */
  actor: Actor | null;
  name?: string;
  email?: string;
  topic?: string;
  locale: Locale;
  message?: { clientId: string; body: string; attachmentIds: string[] };
  /** The visitor's device id (x-beacon-device), counted before the address. */
  device?: string | null;
  /** The visitor's address, for the limit on new guests. */
  ip: string;
  /** The embedding site (widget header), for its "identity required" setting; the portal when absent. */
  siteKey?: string | null;
};

export type StartedConversation = {
  conversation: ConversationDto;
  message: MessageDto | null;
  /** Set when a visitor became a guest: the signed token for the cookie and for the widget's socket. */
  guestToken: string | null;
  created: boolean;
};

/**
 * Opens a chat, or continues the customer's open one (a customer has at most one open chat: a second tab, device or
 * retried request lands in the same conversation), with the first message stored in the same transaction.
 */
/**
 * New guests: 10 per device and 10 minutes, and per address only past 300 (an office or carrier behind one address
 * stays under it); a visitor who sends no device id is counted by address at the device level.
 */
async function limitGuestStart(ip: string, device: string | null) {
  if (device) {
    await consumeOrThrow(limiter("chat-guest-start-device", 10, 600), device);
    await consumeOrThrow(limiter("chat-guest-start-address", 300, 600), ip);
  } else {
    await consumeOrThrow(limiter("chat-guest-start", 10, 600), ip);
  }
}

export async function startConversation(options: StartConversationOptions): Promise<StartedConversation> {
  if (isAgent(options.actor)) throw new AppError("FORBIDDEN", "agentsCannotStartChat");
  const prisma = await getPrisma();
  const topic = options.topic ? await prisma.topic.findUnique({ where: { slug: options.topic } }) : null;
  if (options.topic && !topic) throw new AppError("BAD_REQUEST", "topicUnknown");
  const verified = await checkMayChat({ actor: options.actor, siteKey: options.siteKey });

  // A theft or takeover is never refused by a limit (a victim on a busy network must get through).
  const urgent = topic?.basePriority === "URGENT" || isUrgent(options.message?.body ?? "");
  const actor = options.actor;
  if (!actor) {
    if (!options.name || !options.email) throw new AppError("BAD_REQUEST", "guestDetailsRequired");
    if (!urgent) await limitGuestStart(options.ip, options.device ?? null);
  } else if (!urgent) {
    await consumeOrThrow(limiter("chat-start", 20, 600), actor.id);
  }

  const entry = entryStage(topic);
  let guestToken: string | null = null;
  try {
    // A visitor's guest row is made in the same transaction as the chat: a failed start leaves no orphan guest.
    const result = await prisma.$transaction(async (tx) => {
      const customerId =
        actor?.id ??
        (await createGuest(tx, { email: options.email ?? "", name: options.name, locale: options.locale })).id;
      if (actor?.isGuest && options.name && options.email) {
        await tx.user.update({ where: { id: actor.id }, data: { name: options.name, contactEmail: options.email } });
      }
      // One start at a time per customer, so two tabs cannot open two chats.
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${customerId} FOR UPDATE`;
      const open = await tx.conversation.findFirst({
        where: { customerId, status: { not: "CLOSED" } },
        orderBy: { createdAt: "desc" },
        select: { id: true },
      });
      const id =
        open?.id ??
        (
          await tx.conversation.create({
            data: { customerId, locale: options.locale, verified, ...entry },
            select: { id: true },
          })
        ).id;
      const inserted = options.message
        ? await insertMessage(tx, {
            conversationId: id,
            authorKind: "CUSTOMER",
            authorId: customerId,
            ...options.message,
          })
        : null;
      const conversation = await tx.conversation.findUniqueOrThrow({ where: { id }, select: conversationSelect });
      return { conversation, message: inserted?.message ?? null, created: !open, customerId };
    }, TX_OPTIONS);
    if (!actor) guestToken = createGuestToken(result.customerId);
    const conversation = toConversationDto(result.conversation);
    const message = result.message ? toMessageDto(result.message) : null;
    if (result.created) publishConversation(conversation);
    if (message) publishMessage(message, conversation);
    // The bot's first answer (or the urgent lane) comes with the start: the customer sees where the chat stands.
    emitChatEvent({ kind: "started", conversation, message, created: result.created });
    await chatEventsSettled(conversation.id);
    return { conversation: await currentState(conversation), message, guestToken, created: result.created };
  } catch (error) {
    // A brand-new guest cannot have sent this message before: only a known customer's retry is answered.
    if (!isUniqueViolation(error) || !options.message || !actor) throw error;
    return retried(actor.id, options.message.clientId, null);
  }
}

/**
 * Where a new chat starts: with the bot (BOT), carrying the chosen topic's team and priority for a later handoff. An
 * urgent topic skips the bot at once (botOnStart), as does an urgent first message.
 */
function entryStage(
  topic: { id: string; teamId: string; basePriority: Prisma.ConversationCreateInput["priority"] } | null,
) {
  return {
    status: "BOT" as const,
    topicId: topic?.id ?? null,
    teamId: topic?.teamId ?? null,
    priority: topic?.basePriority ?? "NORMAL",
  };
}

/**
 * Where the chat stands after the reactions to its start: the queue's state when the bot handed it over (urgent lane,
 * a request for a person); otherwise the chat as the start stored it, its bot lines reaching the customer by seq.
 */
async function currentState(conversation: ConversationDto): Promise<ConversationDto> {
  const prisma = await getPrisma();
  const now = await prisma.conversation.findUnique({ where: { id: conversation.id }, select: { status: true } });
  if (!now || now.status === conversation.status) return conversation;
  const row = await prisma.conversation.findUnique({ where: { id: conversation.id }, select: conversationSelect });
  return row ? toConversationDto(row) : conversation;
}

/** A retried start whose first message was stored already: answer with what exists. */
async function retried(customerId: string, clientId: string, guestToken: string | null): Promise<StartedConversation> {
  const prisma = await getPrisma();
  const message = await prisma.message.findFirst({
    where: { clientId, authorId: customerId, conversation: { customerId } },
    select: { ...messageSelect, conversation: { select: conversationSelect } },
  });
  if (!message) throw new AppError("CONFLICT", "clientIdTaken");
  const { conversation, ...rest } = message;
  return { conversation: toConversationDto(conversation), message: toMessageDto(rest), guestToken, created: false };
}
