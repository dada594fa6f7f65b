import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ConversationDto } from "@/lib/contracts/chat";
import { conversationScope } from "@/lib/conversations/access";
import { conversationSelect, toConversationDto } from "@/lib/conversations/dto";
import { auditRefusal } from "./refusal";

/** One conversation the actor may open, or NOT_FOUND (a customer's attempt on someone else's is logged). */
export async function getConversation({
  actor,
  conversationId,
}: {
  actor: Actor;
  conversationId: string;
}): Promise<ConversationDto> {
  const user = requireUser(actor);
  const prisma = await getPrisma();
  const row = await prisma.conversation.findFirst({
    where: { id: conversationId, ...conversationScope(user) },
    select: conversationSelect,
  });
  if (!row) {
    await auditRefusal(user, conversationId, "conversation.open");
    throw new AppError("NOT_FOUND", "conversationNotFound");
  }
  return toConversationDto(row);
}
