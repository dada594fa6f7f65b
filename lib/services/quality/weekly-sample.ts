import { isAdmin, type Actor } from "@/lib/auth/actor";
import { requireSupervisor } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { WeeklySampleDto } from "@/lib/contracts/quality";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import { localMidnight } from "@/lib/sla/business-hours";
import { deskTimeZone } from "@/lib/sla/desk-day";
import { loadSlaConfig } from "@/lib/services/sla/sla-config";
import { chatLabel } from "./review-dto";

/** How many of each agent's closed chats and solved tickets the week's sample proposes. */
export const SAMPLE_PER_AGENT = 4;

const addDays = (date: string, days: number) => {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** The Monday of the week holding `date` (YYYY-MM-DD). */
export const mondayOf = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

type SampleRow = {
  kind: "chat" | "ticket";
  id: string;
  number: number | null;
  subject: string | null;
  customer: string | null;
  topic: Prisma.JsonValue | null;
  agentId: string;
  agentName: string;
  closedAt: Date;
  closed: number;
  percent: number | null;
};

/**
 * The week's review sample: of every reviewable agent's chats closed and tickets solved that week (Monday to Sunday
 * in the desk's time zone), SAMPLE_PER_AGENT chosen at random but the same all week — ordered by a hash of the week
 * and the item — so the queue does not reshuffle on reload and a reviewed item stays in it, marked with its score.
 * Without a week, the last full week. Supervisors see their teams' agents, admins everyone; nobody their own work.
 */
export async function findWeeklySample({
  actor,
  week,
  locale,
  now = new Date(),
}: {
  actor: Actor;
  week?: string;
  locale: string;
  now?: Date;
}): Promise<WeeklySampleDto> {
  const reviewer = requireSupervisor(actor);
  const prisma = await getPrisma();
  const timeZone = deskTimeZone((await loadSlaConfig(prisma)).hours);
  const thisWeek = mondayOf(new Intl.DateTimeFormat("en-CA", { timeZone }).format(now));
  const monday = week ? mondayOf(week) : addDays(thisWeek, -7);
  const from = new Date(localMidnight(monday, timeZone));
  const to = new Date(localMidnight(addDays(monday, 7), timeZone));
  const reach = isAdmin(reviewer)
    ? Prisma.sql`TRUE`
    : Prisma.sql`w.agent IN (SELECT m2."userId" FROM "TeamMember" m1 JOIN "TeamMember" m2 ON m2."teamId" = m1."teamId"
        WHERE m1."userId" = ${reviewer.id})`;
  const rows = await prisma.$queryRaw<SampleRow[]>`
    WITH work AS (
      SELECT 'chat' AS kind, c.id, NULL::int AS number, c."assigneeId" AS agent, c."closedAt" AS "closedAt"
      FROM "Conversation" c
      WHERE c.status = 'CLOSED' AND c."assigneeId" IS NOT NULL AND c."closedAt" >= ${from} AND c."closedAt" < ${to}
      UNION ALL
      SELECT 'ticket', t.id, t.number, t."assigneeId", t."solvedAt"
      FROM "Ticket" t
      WHERE t.status IN ('SOLVED', 'CLOSED') AND t."assigneeId" IS NOT NULL
        AND t."solvedAt" >= ${from} AND t."solvedAt" < ${to}
    ), ranked AS (
      SELECT w.*, row_number() OVER (PARTITION BY w.agent ORDER BY md5(${monday} || w.id)) AS n,
        (count(*) OVER (PARTITION BY w.agent))::int AS closed
      FROM work w WHERE w.agent <> ${reviewer.id} AND ${reach}
    )
    SELECT r.kind, r.id, r.number, r."closedAt", r.closed, r.agent AS "agentId", u.name AS "agentName",
      t.subject, cu.name AS customer, tp.name AS topic, q.percent
    FROM ranked r JOIN "User" u ON u.id = r.agent
      LEFT JOIN "Ticket" t ON r.kind = 'ticket' AND t.id = r.id
      LEFT JOIN "Conversation" c ON r.kind = 'chat' AND c.id = r.id
      LEFT JOIN "User" cu ON cu.id = c."customerId"
      LEFT JOIN "Topic" tp ON tp.id = c."topicId"
      LEFT JOIN "QualityReview" q ON q."conversationId" = c.id OR q."ticketId" = t.id
    WHERE r.n <= ${SAMPLE_PER_AGENT}
    ORDER BY u.name, r.agent, r."closedAt"`;
  const agents = new Map<string, WeeklySampleDto["agents"][number]>();
  for (const row of rows) {
    const agent = agents.get(row.agentId) ?? { id: row.agentId, name: row.agentName, closed: row.closed, items: [] };
    agents.set(row.agentId, agent);
    agent.items.push({
      kind: row.kind,
      id: row.id,
      number: row.number,
      label:
        row.kind === "ticket" && row.number !== null
          ? `${formatTicketNumber(row.number)} ${row.subject ?? ""}`
          : chatLabel(row.customer ?? "", row.topic, locale),
      closedAt: row.closedAt.toISOString(),
      reviewPercent: row.percent,
    });
  }
  return {
    week: monday,
    previousWeek: addDays(monday, -7),
    nextWeek: monday < thisWeek ? addDays(monday, 7) : null,
    perAgent: SAMPLE_PER_AGENT,
    agents: [...agents.values()],
  };
}
