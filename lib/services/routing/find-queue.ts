import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { QueueEntryDto } from "@/lib/contracts/chat";
import { orderQueue } from "@/lib/routing/queue-math";
import { loadRoutingConfig } from "./routing-settings";
import { queueSelect, toQueueEntryDto } from "@/lib/conversations/dto";

/** The database's rough order (priority, then time); the serving order adds VIP level and aging (orderQueue). */
export const queueOrder: Prisma.ConversationOrderByWithRelationInput[] = [
  { priority: "desc" },
  { queuedAt: "asc" },
  { id: "asc" },
];

export const QUEUE_SNAPSHOT_SIZE = 200;

/** Unassigned chats waiting for an agent, as every agent sees them. */
export async function findQueue({ actor }: { actor: Actor }): Promise<QueueEntryDto[]> {
  requireAgent(actor);
  return findQueueEntries();
}

/** In serving order (priority, VIP level, aging: lib/routing/queue-math.ts), the first QUEUE_SNAPSHOT_SIZE. */
export async function findQueueEntries(): Promise<QueueEntryDto[]> {
  const prisma = await getPrisma();
  const [rows, config] = await Promise.all([
    prisma.conversation.findMany({
      where: { status: "QUEUED", assigneeId: null },
      orderBy: queueOrder,
      select: queueSelect,
    }),
    loadRoutingConfig(),
  ]);
  const ordered = orderQueue(
    rows.map((row) => ({ ...row, vipLevel: row.customer.vipLevel, queuedAt: row.queuedAt ?? row.createdAt })),
    new Date(),
    config,
  );
  return ordered.slice(0, QUEUE_SNAPSHOT_SIZE).map(toQueueEntryDto);
}
