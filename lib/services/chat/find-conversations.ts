import { isAgent, type Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ConversationSummary } from "@/lib/realtime/chat-types";
import { conversationScope } from "@/lib/conversations/access";
import { conversationSelect, toConversationDto } from "@/lib/conversations/dto";

export type { ConversationSummary };

/**
 * A customer's own chats, newest first; for agents, any chat, searched by the customer's email (part of it will do,
 * so "alice@" or "example.com" find Alice). Paged by cursor.
 */
export async function findConversations({
  actor,
  email,
  status,
  cursor,
  limit,
}: {
  actor: Actor;
  email?: string;
  status: "open" | "closed" | "all";
  cursor?: string;
  limit: number;
}): Promise<{ conversations: ConversationSummary[]; nextCursor: string | null }> {
  const user = requireUser(actor);
  const agent = isAgent(user);
  const where: Prisma.ConversationWhereInput = {
    ...conversationScope(user),
    ...(status === "open" ? { status: { not: "CLOSED" } } : status === "closed" ? { status: "CLOSED" } : {}),
    ...(agent && email ? { customer: { contactEmail: { contains: email, mode: "insensitive" } } } : {}),
  };
  const prisma = await getPrisma();
  const rows = await prisma.conversation.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      ...conversationSelect,
      csatComment: true,
      customer: { select: { name: true, vipLevel: true, contactEmail: true } },
      messages: {
        where: { internal: false, authorKind: { in: ["CUSTOMER", "AGENT"] } },
        orderBy: { seq: "desc" },
        take: 1,
        select: { body: true },
      },
    },
  });
  const page = rows.slice(0, limit);
  return {
    conversations: page.map((row) => ({
      ...toConversationDto(row),
      customerEmail: agent ? row.customer.contactEmail : null,
      preview: row.messages[0]?.body.slice(0, 140) ?? null,
      csatComment: agent ? row.csatComment : null,
    })),
    nextCursor: rows.length > limit ? page[page.length - 1].id : null,
  };
}
