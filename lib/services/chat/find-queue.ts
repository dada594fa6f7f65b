import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { QueueEntryDto } from "@/lib/realtime/events";
import { queueSelect, toQueueEntryDto } from "./dto";

/** Most urgent first, then longest waiting. The queue issue (routing, priorities) changes the order here only. */
export const queueOrder: Prisma.ConversationOrderByWithRelationInput[] = [{ priority: "desc" }, { queuedAt: "asc" }, { id: "asc" }];

export const QUEUE_SNAPSHOT_SIZE = 200;

/** Unassigned chats waiting for an agent, as every agent sees them. */
export async function findQueue({ actor }: { actor: Actor }): Promise<QueueEntryDto[]> {
  requireAgent(actor);
  return findQueueEntries();
}

export async function findQueueEntries(): Promise<QueueEntryDto[]> {
  const prisma = await getPrisma();
  const rows = await prisma.conversation.findMany({
    where: { status: "QUEUED", assigneeId: null },
    orderBy: queueOrder,
    take: QUEUE_SNAPSHOT_SIZE,
    select: queueSelect,
  });
  return rows.map(toQueueEntryDto);
}
