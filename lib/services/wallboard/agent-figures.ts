import { getPrisma } from "@/lib/db/client";
import { UNSOLVED_STATUSES } from "@/lib/contracts/ticket";

export type AgentFigures = {
  chats: Map<string, number>;
  openTickets: Map<string, number>;
  lastReplyAt: Map<string, Date>;
  handledToday: Map<string, number>;
  firstResponseToday: Map<string, number>;
};

/** Each agent's load now and their work since `since` (midnight in the desk's time zone); definitions in contracts/wallboard.ts. */
export async function loadAgentFigures(agentIds: string[], since: Date): Promise<AgentFigures> {
  if (!agentIds.length)
    return {
      chats: new Map(),
      openTickets: new Map(),
      lastReplyAt: new Map(),
      handledToday: new Map(),
      firstResponseToday: new Map(),
    };
  const prisma = await getPrisma();
  const mine = { in: agentIds };
  const [chats, tickets, chatReplies, ticketReplies, handled, answered] = await Promise.all([
    prisma.conversation.groupBy({
      by: ["assigneeId"],
      where: { assigneeId: mine, status: "ACTIVE" },
      _count: { _all: true },
    }),
    prisma.ticket.groupBy({
      by: ["assigneeId"],
      where: { assigneeId: mine, status: { in: [...UNSOLVED_STATUSES] } },
      _count: { _all: true },
    }),
    prisma.message.groupBy({
      by: ["authorId"],
      where: { authorId: mine, authorKind: "AGENT", internal: false, createdAt: { gte: since } },
      _max: { createdAt: true },
    }),
    prisma.ticketEntry.groupBy({
      by: ["authorId"],
      where: { authorId: mine, kind: "REPLY", createdAt: { gte: since } },
      _max: { createdAt: true },
    }),
    prisma.conversation.groupBy({
      by: ["assigneeId"],
      where: { assigneeId: mine, status: "CLOSED", closedAt: { gte: since } },
      _count: { _all: true },
    }),
    // Added up in the database: a busy day is tens of thousands of answered chats.
    prisma.$queryRaw<{ assigneeId: string; seconds: number }[]>`
      SELECT "assigneeId", avg(GREATEST(0, EXTRACT(EPOCH FROM "firstResponseAt" - COALESCE("queuedAt", "createdAt"))))::float8
        AS seconds
      FROM "Conversation" WHERE "assigneeId" = ANY(${agentIds}) AND "firstResponseAt" >= ${since}
      GROUP BY "assigneeId"`,
  ]);
  const counts = (rows: { _count: { _all: number }; assigneeId: string | null }[]) =>
    new Map(rows.map((row) => [row.assigneeId ?? "", row._count._all]));
  const lastReplyAt = new Map<string, Date>();
  for (const row of [...chatReplies, ...ticketReplies]) {
    const at = row._max.createdAt;
    if (!row.authorId || !at) continue;
    const known = lastReplyAt.get(row.authorId);
    if (!known || known < at) lastReplyAt.set(row.authorId, at);
  }
  return {
    chats: counts(chats),
    openTickets: counts(tickets),
    lastReplyAt,
    handledToday: counts(handled),
    firstResponseToday: new Map(answered.map((row) => [row.assigneeId, Math.round(Number(row.seconds))])),
  };
}
