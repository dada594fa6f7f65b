import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { MessageDto } from "@/lib/contracts/chat";
import { MESSAGE_PAGE_SIZE } from "@/lib/contracts/chat";
import { conversationScope, messageScope } from "@/lib/conversations/access";
import { messageSelect, toMessageDto } from "@/lib/conversations/dto";

/**
 * Messages after `afterSeq`, oldest first, that the actor may read (never internal notes for a customer). `more`
 * says a further page exists: ask again with the last seq.
 */
export async function findMessages({
  actor,
  conversationId,
  afterSeq,
  limit = MESSAGE_PAGE_SIZE,
}: {
  actor: Actor;
  conversationId: string;
  afterSeq: number;
  limit?: number;
}): Promise<{ messages: MessageDto[]; more: boolean }> {
  const user = requireUser(actor);
  const prisma = await getPrisma();
  const rows = await prisma.message.findMany({
    where: { conversationId, seq: { gt: afterSeq }, ...messageScope(user), conversation: conversationScope(user) },
    orderBy: { seq: "asc" },
    take: limit + 1,
    select: messageSelect,
  });
  return { messages: rows.slice(0, limit).map(toMessageDto), more: rows.length > limit };
}
