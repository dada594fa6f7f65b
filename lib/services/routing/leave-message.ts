import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import type { ConversationDto } from "@/lib/contracts/chat";
import { scheduleQueueBroadcast } from "./broadcast-queue";
import { conversationSelect, toConversationDto, toMessageDto } from "@/lib/conversations/dto";
import { insertMessage } from "@/lib/conversations/insert-message";
import { publishConversation, publishMessage } from "@/lib/conversations/publish";
import { TX_OPTIONS } from "@/lib/conversations/tx-options";
import { convertConversationToTicket } from "@/lib/services/tickets/convert-conversation";

export type LeftMessage = {
  conversation: ConversationDto;
  ticket: { ref: string };
  email: string | null;
};

/**
 * Overflow: a waiting customer leaves a message instead of waiting. The chat becomes a ticket carrying the transcript
 * (the confirmation email brings the tracking link), the chat closes with a bot line saying how they will hear back.
 */
export async function leaveMessage({
  actor,
  conversationId,
}: {
  actor: Actor;
  conversationId: string;
}): Promise<LeftMessage> {
  const customer = requireUser(actor);
  const ticket = await convertConversationToTicket({ actor: customer, conversationId });
  const prisma = await getPrisma();
  const result = await prisma.$transaction(async (tx) => {
    const row = await tx.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      select: { locale: true, customer: { select: { contactEmail: true } } },
    });
    const closed = await tx.conversation.updateMany({
      where: { id: conversationId, status: "QUEUED", assigneeId: null },
      data: { status: "CLOSED", closedAt: new Date() },
    });
    if (!closed.count)
      return {
        row,
        message: null,
        conversation: await tx.conversation.findUniqueOrThrow({
          where: { id: conversationId },
          select: conversationSelect,
        }),
      };
    const locale = toLocale(row.locale);
    const email = row.customer.contactEmail || null;
    const body = translator(locale)("routing.leftMessage", { ref: ticket.ref, email: email ?? "—" });
    const meta = {
      bot: "left_message",
      ticket: ticket.ref,
      email,
      articles: [],
      quickReplies: [],
    } as Prisma.InputJsonValue;
    const { message } = await insertMessage(tx, { conversationId, authorKind: "BOT", authorId: null, body, meta });
    const conversation = await tx.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      select: conversationSelect,
    });
    return { row, message, conversation };
  }, TX_OPTIONS);
  const conversation = toConversationDto(result.conversation);
  publishConversation(conversation);
  if (result.message) publishMessage(toMessageDto(result.message), conversation);
  scheduleQueueBroadcast();
  return {
    conversation,
    ticket: { ref: ticket.ref },
    email: result.row.customer.contactEmail || null,
  };
}
