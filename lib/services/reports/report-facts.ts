import { Prisma } from "@/lib/db/generated/client";
import type { ReportDimension } from "@/lib/contracts/report";

/**
 * Business time as a running total: `starts[i]` is the i-th working window's start (epoch seconds), `totals[i]` the
 * working seconds before it, `lengths[i]` its length. A duration in business time is B(end) − B(start), where B
 * finds its window by binary search (`width_bucket`), so it costs the same for a minute as for a month.
 */
export type BusinessCalendar = { starts: number[]; totals: number[]; lengths: number[] };

/** What a report reads: the range of creation instants, who may see which team, and the clocks. */
export type FactsScope = {
  from: Date;
  to: Date;
  now: Date;
  /** Local midnights of the range's days, epoch seconds (the trend's buckets). */
  dayStarts: number[];
  calendar: BusinessCalendar | null;
  /** A supervisor: only teams they are a member of. Null for admins. */
  supervisorId: string | null;
  team: string | null;
};

const floatArray = (values: number[]) => `{${values.join(",")}}`;
const epoch = (column: Prisma.Sql) => Prisma.sql`EXTRACT(EPOCH FROM ${column})::float8`;

function businessClock(column: Prisma.Sql): Prisma.Sql {
  const bucket = Prisma.sql`width_bucket(${epoch(column)}, cal.s)`;
  return Prisma.sql`(CASE WHEN ${bucket} = 0 THEN 0 ELSE cal.c[${bucket}] + LEAST(GREATEST(${epoch(column)} - cal.s[${bucket}], 0), cal.l[${bucket}]) END)`;
}

/** Seconds from `start` to `end` (24/7 or business time); null when either is missing. */
function duration(scope: FactsScope, start: string, end: string): Prisma.Sql {
  const [a, b] = [Prisma.raw(start), Prisma.raw(end)];
  const seconds = scope.calendar
    ? Prisma.sql`${businessClock(b)} - ${businessClock(a)}`
    : Prisma.sql`${epoch(b)} - ${epoch(a)}`;
  return Prisma.sql`(CASE WHEN ${a} IS NULL OR ${b} IS NULL THEN NULL ELSE ${seconds} END)`;
}

/** Who may see rows of this team: decided here, in the query. */
function teamScope(scope: FactsScope, team: string): Prisma.Sql {
  const column = Prisma.raw(team);
  const parts: Prisma.Sql[] = [];
  if (scope.supervisorId)
    parts.push(Prisma.sql`${column} IN (SELECT "teamId" FROM "TeamMember" WHERE "userId" = ${scope.supervisorId})`);
  if (scope.team) parts.push(Prisma.sql`${column} = ${scope.team}`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

const inRange = (scope: FactsScope, column: string) =>
  Prisma.sql`${Prisma.raw(column)} >= ${scope.from} AND ${Prisma.raw(column)} < ${scope.to}`;

// Days of equal length (no daylight-saving change in the range) are plain arithmetic; otherwise a binary search
// over the local midnights. The arrays come in once, in the `cal` row, not as a literal parsed again per row.
function day(scope: FactsScope, column: string): Prisma.Sql {
  const starts = scope.dayStarts;
  const even = starts.every((start, i) => i === 0 || start - starts[i - 1] === 86_400);
  return even
    ? Prisma.sql`(floor((${epoch(Prisma.raw(column))} - ${starts[0]}::float8) / 86400)::int + 1)`
    : Prisma.sql`width_bucket(${epoch(Prisma.raw(column))}, cal.d)`;
}

/**
 * One row per fact of the range: a chat, a ticket, a ticket rating (kept with the assignee and team it was given to)
 * and a quality review (with the reviewed agent). Each carries the dimensions and its own measures; the report
 * aggregates them, the drill-down lists them.
 */
export function factsSql(scope: FactsScope): Prisma.Sql {
  const cal = scope.calendar ?? { starts: [], totals: [], lengths: [] };
  const ticketSla = Prisma.sql`
    CASE WHEN t."firstResponseDueAt" IS NULL THEN NULL
      WHEN t."firstRespondedAt" IS NOT NULL THEN (t."firstRespondedAt" <= t."firstResponseDueAt")::int
      WHEN t."firstResponseDueAt" < ${scope.now} THEN 0 END AS fr_sla,
    CASE WHEN t."resolutionDueAt" IS NULL THEN NULL
      WHEN t."solvedAt" IS NOT NULL THEN (t."solvedAt" <= t."resolutionDueAt")::int
      WHEN t."slaPausedAt" IS NULL AND t."resolutionDueAt" < ${scope.now} THEN 0 END AS res_sla`;
  return Prisma.sql`
  cal AS (SELECT ${floatArray(cal.starts)}::float8[] AS s, ${floatArray(cal.totals)}::float8[] AS c,
                 ${floatArray(cal.lengths)}::float8[] AS l, ${floatArray(scope.dayStarts)}::float8[] AS d),
  facts AS (
    SELECT 'chat' AS kind, c.id, NULL::int AS number, c."createdAt" AS created, ${day(scope, 'c."createdAt"')} AS day,
      c."assigneeId" AS agent, c."teamId" AS team, c."topicId" AS topic, 'LIVE_CHAT' AS channel,
      u."vipLevel"::text AS vip, c.locale AS language,
      ${duration(scope, 'c."queuedAt"', 'c."assignedAt"')} AS wait,
      ${duration(scope, 'c."queuedAt"', 'c."firstResponseAt"')} AS first_response,
      ${duration(scope, 'c."assignedAt"', 'c."closedAt"')} AS handle,
      NULL::float8 AS resolution,
      (c."queuedAt" IS NULL AND c."assigneeId" IS NULL) AS deflected,
      NULL::int AS fr_sla, NULL::int AS res_sla, NULL::boolean AS solved, NULL::boolean AS reopened,
      c.csat AS score, NULL::float8 AS quality
    FROM "Conversation" c JOIN "User" u ON u.id = c."customerId" CROSS JOIN cal
    WHERE ${inRange(scope, 'c."createdAt"')} AND ${teamScope(scope, 'c."teamId"')}
    UNION ALL
    SELECT 'ticket', t.id, t.number, t."createdAt", ${day(scope, 't."createdAt"')},
      t."assigneeId", t."teamId", t."topicId", t.channel::text, u."vipLevel"::text, t.locale,
      NULL, ${duration(scope, 't."createdAt"', 't."firstRespondedAt"')}, NULL,
      ${duration(scope, 't."createdAt"', 't."solvedAt"')}, NULL, ${ticketSla},
      (t."solvedAt" IS NOT NULL OR t."reopenCount" > 0), t."reopenCount" > 0, NULL, NULL
    FROM "Ticket" t JOIN "User" u ON u.id = t."requesterId" CROSS JOIN cal
    WHERE ${inRange(scope, 't."createdAt"')} AND ${teamScope(scope, 't."teamId"')}
    UNION ALL
    SELECT 'rating', t.id, t.number, t."createdAt", ${day(scope, 't."createdAt"')},
      r."assigneeId", r."teamId", t."topicId", t.channel::text, u."vipLevel"::text, t.locale,
      NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, r.score, NULL
    FROM "TicketRating" r JOIN "Ticket" t ON t.id = r."ticketId" JOIN "User" u ON u.id = t."requesterId" CROSS JOIN cal
    WHERE ${inRange(scope, 't."createdAt"')} AND ${teamScope(scope, 'r."teamId"')}
    UNION ALL
    SELECT 'review', COALESCE(c.id, t.id), t.number, COALESCE(c."createdAt", t."createdAt"),
      ${day(scope, 'COALESCE(c."createdAt", t."createdAt")')},
      q."agentId", COALESCE(c."teamId", t."teamId"), COALESCE(c."topicId", t."topicId"),
      CASE WHEN c.id IS NOT NULL THEN 'LIVE_CHAT' ELSE t.channel::text END, u."vipLevel"::text,
      COALESCE(c.locale, t.locale), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, q.percent
    FROM "QualityReview" q LEFT JOIN "Conversation" c ON c.id = q."conversationId"
      LEFT JOIN "Ticket" t ON t.id = q."ticketId" JOIN "User" u ON u.id = COALESCE(c."customerId", t."requesterId")
      CROSS JOIN cal
    WHERE ${inRange(scope, 'COALESCE(c."createdAt", t."createdAt")')}
      AND ${teamScope(scope, 'COALESCE(c."teamId", t."teamId")')}
  )`;
}

/** The facts column each breakdown groups by. */
export const DIMENSION_COLUMN: Record<ReportDimension, string> = {
  agent: "agent",
  team: "team",
  topic: "topic",
  channel: "channel",
  vip: "vip",
  language: "language",
};
