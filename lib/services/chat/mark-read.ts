import { isAgent, type Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { publishRead } from "@/lib/conversations/publish";

type Row = { seq: number; customerId: string; assigneeId: string | null };

/**
 * Moves the reader's side forward to `seq` (never back, never past the last message) and tells both sides. The
 * customer reads for the customer side; for the agent side only the assignee's reading counts, so a supervisor
 * looking in does not show the customer a false "read".
 */
export async function markRead({
  actor,
  conversationId,
  seq,
}: {
  actor: Actor;
  conversationId: string;
  seq: number;
}): Promise<number | null> {
  const user = requireUser(actor);
  const prisma = await getPrisma();
  const rows = isAgent(user)
    ? await prisma.$queryRaw<Row[]>`
        UPDATE "Conversation" SET "agentLastReadSeq" = LEAST(${seq}::int, "lastSeq")
        WHERE id = ${conversationId} AND "assigneeId" = ${user.id} AND "agentLastReadSeq" < LEAST(${seq}::int, "lastSeq")
        RETURNING "agentLastReadSeq" AS seq, "customerId", "assigneeId"`
    : await prisma.$queryRaw<Row[]>`
        UPDATE "Conversation" SET "customerLastReadSeq" = LEAST(${seq}::int, "lastSeq")
        WHERE id = ${conversationId} AND "customerId" = ${user.id} AND "customerLastReadSeq" < LEAST(${seq}::int, "lastSeq")
        RETURNING "customerLastReadSeq" AS seq, "customerId", "assigneeId"`;
  const row = rows[0];
  if (!row) return null;
  publishRead(
    { id: conversationId, customerId: row.customerId, assigneeId: row.assigneeId },
    isAgent(user) ? "AGENT" : "CUSTOMER",
    row.seq,
  );
  return row.seq;
}
