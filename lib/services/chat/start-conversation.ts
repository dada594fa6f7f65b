import { isAgent, type Actor } from "@/lib/auth/actor";
import { createGuestToken } from "@/lib/auth/guest-token";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import type { ConversationDto, MessageDto } from "@/lib/realtime/events";
import { botOnStart } from "@/lib/services/bot/reply-as-bot";
import { scheduleQueueBroadcast } from "./broadcast-queue";
import { conversationSelect, messageSelect, toConversationDto, toMessageDto } from "./dto";
import { insertMessage, isUniqueViolation } from "./insert-message";
import { publishConversation, publishMessage } from "./publish-chat";
import { TX_OPTIONS } from "./tx-options";

export type StartConversationOptions = {
  /** A signed-in customer or returning guest; null for a visitor, who becomes a guest from name and email. */
  actor: Actor | null;
  name?: string;
  email?: string;
  topic?: string;
  locale: Locale;
  message?: { clientId: string; body: string; attachmentIds: string[] };
  /** The visitor's address, for the limit on new guests. */
  ip: string;
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
export async function startConversation(options: StartConversationOptions): Promise<StartedConversation> {
  if (isAgent(options.actor)) throw new AppError("FORBIDDEN", "agentsCannotStartChat");
  const prisma = await getPrisma();
  const topic = options.topic ? await prisma.topic.findUnique({ where: { slug: options.topic } }) : null;
  if (options.topic && !topic) throw new AppError("BAD_REQUEST", "topicUnknown");

  const actor = options.actor;
  if (!actor) {
    if (!options.name || !options.email) throw new AppError("BAD_REQUEST", "guestDetailsRequired");
    await consumeOrThrow(limiter("chat-guest-start", 10, 600), options.ip);
  } else {
    await consumeOrThrow(limiter("chat-start", 20, 600), actor.id);
  }

  const entry = entryStage(topic);
  let guestToken: string | null = null;
  try {
    // A visitor's guest row is made in the same transaction as the chat: a failed start leaves no orphan guest.
    const result = await prisma.$transaction(async (tx) => {
      const customerId = actor?.id ?? (await tx.user.create({ data: guestData(options), select: { id: true } })).id;
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
      const id = open?.id ?? (await tx.conversation.create({ data: { customerId, locale: options.locale, ...entry }, select: { id: true } })).id;
      const inserted = options.message
        ? await insertMessage(tx, { conversationId: id, authorKind: "CUSTOMER", authorId: customerId, ...options.message })
        : null;
      const conversation = await tx.conversation.findUniqueOrThrow({ where: { id }, select: conversationSelect });
      return { conversation, message: inserted?.message ?? null, created: !open, customerId };
    }, TX_OPTIONS);
    if (!actor) guestToken = createGuestToken(result.customerId);
    const conversation = toConversationDto(result.conversation);
    const message = result.message ? toMessageDto(result.message) : null;
    if (result.created) publishConversation(conversation);
    if (message) publishMessage(message, conversation);
    if (conversation.status === "QUEUED") scheduleQueueBroadcast();
    const routed = await botOnStart({ conversation, message, created: result.created });
    return { conversation: routed ?? conversation, message, guestToken, created: result.created };
  } catch (error) {
    // A brand-new guest cannot have sent this message before: only a known customer's retry is answered.
    if (!isUniqueViolation(error) || !options.message || !actor) throw error;
    return retried(actor.id, options.message.clientId, null);
  }
}

function guestData(options: StartConversationOptions) {
  return { name: options.name ?? "", contactEmail: options.email ?? "", isGuest: true, locale: options.locale };
}

/**
 * Where a new chat starts: with the bot (BOT), carrying the chosen topic's team and priority for a later handoff. An
 * urgent topic skips the bot at once (botOnStart), as does an urgent first message.
 */
function entryStage(topic: { id: string; teamId: string; basePriority: Prisma.ConversationCreateInput["priority"] } | null) {
  return {
    status: "BOT" as const,
    topicId: topic?.id ?? null,
    teamId: topic?.teamId ?? null,
    priority: topic?.basePriority ?? "NORMAL",
  };
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
