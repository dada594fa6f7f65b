import { getPrisma } from "@/lib/db/client";

/** What an agent did since midnight (their load now is read with the teams: board-teams.ts); kept between pushes (day-figures.ts). */
export type AgentDay = {
  lastReplyAt: Map<string, Date>;
  handledToday: Map<string, number>;
  firstResponseToday: Map<string, number>;
};

type DayRow = { id: string; lastReplyAt: Date | null; handledToday: number; firstResponseSeconds: number | null };

/**
 * One statement, each figure looked up through the agent's own index: a whole day's messages grouped by author took
 * most of the board's time on a busy desk.
 */
export async function loadAgentDay(agentIds: string[], since: Date): Promise<AgentDay> {
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<DayRow[]>`
    SELECT a.id,
      GREATEST(
        (SELECT max(m."createdAt") FROM "Message" m WHERE m."authorId" = a.id AND m."authorKind" = 'AGENT'
          AND NOT m.internal AND m."createdAt" >= ${since}),
        (SELECT max(e."createdAt") FROM "TicketEntry" e WHERE e."authorId" = a.id AND e.kind = 'REPLY'
          AND e."createdAt" >= ${since})
      ) AS "lastReplyAt",
      (SELECT count(*)::int FROM "Conversation" c
        WHERE c."assigneeId" = a.id AND c.status = 'CLOSED' AND c."closedAt" >= ${since}) AS "handledToday",
      (SELECT avg(GREATEST(0, EXTRACT(EPOCH FROM c."firstResponseAt" - COALESCE(c."queuedAt", c."createdAt"))))::float8
        FROM "Conversation" c WHERE c."assigneeId" = a.id AND c."firstResponseAt" >= ${since}) AS "firstResponseSeconds"
    FROM unnest(${agentIds}::text[]) AS a(id)`;
  const lastReplyAt = new Map<string, Date>();
  const firstResponseToday = new Map<string, number>();
  for (const row of rows) {
    if (row.lastReplyAt) lastReplyAt.set(row.id, row.lastReplyAt);
    if (row.firstResponseSeconds !== null) firstResponseToday.set(row.id, Math.round(Number(row.firstResponseSeconds)));
  }
  return { lastReplyAt, handledToday: new Map(rows.map((row) => [row.id, row.handledToday])), firstResponseToday };
}
