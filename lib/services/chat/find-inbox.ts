import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { InboxItem } from "@/lib/realtime/chat-types";
import { conversationSelect, toConversationDto } from "@/lib/conversations/dto";

export type { InboxItem };

/** The agent's own open chats, most recent activity first, with unread counts and the last line. */
export async function findInbox({ actor }: { actor: Actor }): Promise<InboxItem[]> {
  const agent = requireAgent(actor);
  const prisma = await getPrisma();
  const rows = await prisma.conversation.findMany({
    where: { assigneeId: agent.id, status: "ACTIVE" },
    orderBy: { updatedAt: "desc" },
    take: 100,
    select: {
      ...conversationSelect,
      messages: {
        where: { authorKind: { in: ["CUSTOMER", "AGENT"] } },
        orderBy: { seq: "desc" },
        take: 1,
        select: { body: true, createdAt: true },
      },
    },
  });
  const counts = rows.length
    ? await prisma.$queryRaw<{ conversationId: string; unread: number }[]>`
        SELECT m."conversationId", count(*)::int AS unread
        FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId"
        WHERE c."assigneeId" = ${agent.id} AND c.status = 'ACTIVE' AND m."authorKind" = 'CUSTOMER' AND m.seq > c."agentLastReadSeq"
        GROUP BY m."conversationId"`
    : [];
  const unread = new Map(counts.map((row) => [row.conversationId, row.unread]));
  return rows.map((row) => ({
    conversation: toConversationDto(row),
    unread: unread.get(row.id) ?? 0,
    preview: row.messages[0]?.body.slice(0, 140) ?? null,
    lastMessageAt: (row.messages[0]?.createdAt ?? row.updatedAt).toISOString(),
  }));
}
