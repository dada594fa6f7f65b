import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ConversationDto } from "@/lib/contracts/chat";
import { conversationSelect, toConversationDto } from "@/lib/conversations/dto";
import { publishConversation } from "@/lib/conversations/publish";
import { refusal } from "./refusal";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";
import { chatPayload } from "@/lib/services/webhooks/payloads";

/** The customer rates a closed chat once, 1–5 with an optional comment; agents see it live. */
export async function rateConversation({
  actor,
  conversationId,
  score,
  comment,
}: {
  actor: Actor;
  conversationId: string;
  score: number;
  comment?: string;
}): Promise<ConversationDto> {
  const customer = requireUser(actor);
  const prisma = await getPrisma();
  const rated = await prisma.$transaction(async (tx) => {
    const changed = await tx.conversation.updateMany({
      where: { id: conversationId, customerId: customer.id, status: "CLOSED", csat: null },
      data: { csat: score, csatComment: comment || null },
    });
    if (changed.count) await enqueueWebhook(tx, "rating.received", () => chatPayload(tx, conversationId));
    return changed;
  });
  if (rated.count === 0) {
    const row = await prisma.conversation.findFirst({
      where: { id: conversationId, customerId: customer.id },
      select: { status: true },
    });
    if (!row) throw await refusal(customer, conversationId, "conversation.rate");
    throw new AppError("CONFLICT", row.status === "CLOSED" ? "alreadyRated" : "rateAfterClose");
  }
  const conversation = toConversationDto(
    await prisma.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: conversationSelect }),
  );
  publishConversation(conversation);
  return conversation;
}
