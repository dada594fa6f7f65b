import { getPrisma } from "@/lib/db/client";
import { loadReopenDays } from "@/lib/services/sla/sla-config";

/**
 * Solved tickets whose reopen window has passed become closed (a customer with more to say opens a new ticket).
 * Claimed with SKIP LOCKED like every periodic job, so instances never close the same ticket twice.
 */
export async function closeSolvedTickets({
  now = new Date(),
  batch = 500,
  ticketIds,
}: {
  now?: Date;
  batch?: number;
  /** Only these (a manual run, a test on a shared database). */ ticketIds?: string[];
} = {}): Promise<number> {
  const prisma = await getPrisma();
  const days = await loadReopenDays(prisma);
  const before = new Date(now.getTime() - days * 86_400_000);
  return prisma.$transaction(async (tx) => {
    const closed = await tx.$queryRawUnsafe<{ id: string }[]>(
      `WITH due AS (
         SELECT "id" FROM "Ticket" WHERE "status" = 'SOLVED' AND "solvedAt" <= $1::timestamp
           AND ($4::text[] IS NULL OR "id" = ANY($4::text[]))
         ORDER BY "solvedAt" LIMIT $3 FOR UPDATE SKIP LOCKED
       )
       UPDATE "Ticket" t SET "status" = 'CLOSED', "closedAt" = $2::timestamp, "updatedAt" = $2::timestamp
       FROM due WHERE t."id" = due."id" AND t."status" = 'SOLVED'
       RETURNING t."id"`,
      before.toISOString(),
      now.toISOString(),
      batch,
      ticketIds ?? null,
    );
    if (closed.length) {
      await tx.ticketEntry.createMany({
        data: closed.map(({ id }) => ({
          ticketId: id,
          kind: "EVENT" as const,
          body: "",
          event: { type: "status", from: "SOLVED", to: "CLOSED" },
          createdAt: now,
        })),
      });
    }
    return closed.length;
  });
}
