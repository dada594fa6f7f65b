import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { businessWindows, localMidnight, nextDate, type BusinessHours } from "@/lib/sla/business-hours";
import { deskTimeZone } from "@/lib/sla/desk-day";
import { loadSlaConfig } from "@/lib/services/sla/sla-config";
import { factsSql, type FactsScope } from "./report-facts";
import { bucketOf, DURATION_METRICS } from "./report-histogram";
import { rangeDays, toCalendar } from "./report-scope";

// Any constant: one rebuild of the rollup at a time across instances.
const ROLLUP_LOCK_KEY = 72707370;
// A rebuild reads at most this many days in one pass (a bulk import of a year rebuilds in a dozen passes).
const DAYS_PER_PASS = 31;
const REBUILD_TIMEOUT_MS = 600_000;

const DIMENSIONS = ["agent", "team", "topic", "channel", "vip", "language"];
const localDay = (instant: Date, timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(instant);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

type Desk = { timeZone: string; hours: BusinessHours; hoursKey: string; now: Date };

/**
 * Brings the rollup up to date, for `now`: the days a change has marked (`ReportDirtyAt`, written by triggers), the days
 * whose SLA targets have fallen due since they were counted, every day counted in another time zone or business-hours
 * schedule and, when a range is given, its days never counted yet. Returns how many days it rebuilt.
 */
export async function refreshRollup({
  now = new Date(),
  range,
}: { now?: Date; range?: { from: string; to: string } } = {}): Promise<number> {
  const prisma = await getPrisma();
  const { hours } = await loadSlaConfig(prisma);
  const desk: Desk = { timeZone: deskTimeZone(hours), hours, hoursKey: hours ? JSON.stringify(hours) : "", now };
  const [dirty, counted] = await Promise.all([
    prisma.reportDirtyAt.findMany({ select: { at: true } }),
    prisma.reportDay.findMany(
      range ? { where: { day: { gte: new Date(range.from), lte: new Date(range.to) } } } : undefined,
    ),
  ]);
  const stale = new Set(dirty.map((row) => localDay(row.at, desk.timeZone)));
  const known = new Set<string>();
  for (const day of counted) {
    known.add(isoDay(day.day));
    const outdated = day.timeZone !== desk.timeZone || day.hoursKey !== desk.hoursKey;
    const unsettled = day.computedFor > now || (day.settlesAt !== null && day.settlesAt <= now);
    if (outdated || unsettled) stale.add(isoDay(day.day));
  }
  if (range) for (const day of rangeDays(range.from, range.to)) if (!known.has(day)) stale.add(day);
  const days = [...stale].sort();
  for (const run of consecutiveRuns(days)) await rebuildDays(run, desk);
  return days.length;
}

/** Sorted days cut into runs of consecutive days, each at most DAYS_PER_PASS long. */
function consecutiveRuns(days: string[]): string[][] {
  const runs: string[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.length < DAYS_PER_PASS && nextDate(run.at(-1)!) === day) run.push(day);
    else runs.push([day]);
  }
  return runs;
}

/** Recounts consecutive `days` from the chats and tickets themselves, and clears their marks, in one transaction. */
async function rebuildDays(days: string[], desk: Desk) {
  const prisma = await getPrisma();
  const scope: FactsScope = {
    from: new Date(localMidnight(days[0], desk.timeZone)),
    to: new Date(localMidnight(nextDate(days.at(-1)!), desk.timeZone)),
    now: desk.now,
    dayStarts: days.map((day) => localMidnight(day, desk.timeZone) / 1000),
    calendar: null,
    supervisorId: null,
    team: null,
  };
  // Business durations end as late as now: the calendar runs from the first day to after today.
  const today = localDay(new Date(desk.now.getTime() + 86_400_000), desk.timeZone);
  const last = today > days.at(-1)! ? today : days.at(-1)!;
  const business = desk.hours ? { ...scope, calendar: toCalendar(businessWindows(desk.hours, days[0], last)) } : null;
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ROLLUP_LOCK_KEY})`;
      await tx.reportDirtyAt.deleteMany({ where: { at: { gte: scope.from, lt: scope.to } } });
      const dates = days.map((day) => new Date(day));
      await tx.reportRollup.deleteMany({ where: { day: { in: dates } } });
      await tx.reportHistogram.deleteMany({ where: { day: { in: dates } } });
      await tx.$executeRaw(countsSql(scope, days));
      await tx.$executeRaw(histogramSql(scope, days, false));
      if (business) await tx.$executeRaw(histogramSql(business, days, true));
      await rebuildMonths(tx, days);
      const settles = await settlingTimes(tx, scope, desk.timeZone);
      await tx.reportDay.deleteMany({ where: { day: { in: dates } } });
      await tx.reportDay.createMany({
        data: days.map((day) => ({
          day: new Date(day),
          timeZone: desk.timeZone,
          hoursKey: desk.hoursKey,
          computedFor: desk.now,
          settlesAt: settles.get(day) ?? null,
        })),
      });
    },
    { timeout: REBUILD_TIMEOUT_MS },
  );
}

const dims = Prisma.raw(
  `CROSS JOIN LATERAL (VALUES ${DIMENSIONS.map((dim) => `('${dim}', ${dim})`).join(", ")}) d(dimension, key)`,
);
const dayOf = (days: string[]) => Prisma.sql`(${days}::date[])[day]`;

function countsSql(scope: FactsScope, days: string[]): Prisma.Sql {
  return Prisma.sql`
    WITH ${factsSql(scope)}
    INSERT INTO "ReportRollup" ("day", "teamId", "dimension", "key", "chats", "deflected", "tickets", "frMet",
      "frDecided", "resMet", "resDecided", "reopened", "solved", "csatSum", "csatSatisfied", "csatResponses",
      "qualitySum", "reviews")
    SELECT ${dayOf(days)}, COALESCE(team, ''), d.dimension, COALESCE(d.key, ''),
      count(*) FILTER (WHERE kind = 'chat'), count(*) FILTER (WHERE kind = 'chat' AND deflected),
      count(*) FILTER (WHERE kind = 'ticket'), count(*) FILTER (WHERE fr_sla = 1), count(fr_sla),
      count(*) FILTER (WHERE res_sla = 1), count(res_sla), count(*) FILTER (WHERE reopened),
      count(*) FILTER (WHERE solved), COALESCE(sum(score), 0), count(*) FILTER (WHERE score >= 4), count(score),
      COALESCE(sum(quality), 0), count(quality)
    FROM facts ${dims}
    GROUP BY 1, 2, 3, 4`;
}

function histogramSql(scope: FactsScope, days: string[], business: boolean): Prisma.Sql {
  const metrics = Object.entries(DURATION_METRICS)
    .map(([name, value]) => `('${name}', ${value})`)
    .join(", ");
  return Prisma.sql`
    WITH ${factsSql(scope)},
    durations AS (
      SELECT ${dayOf(days)} AS day, COALESCE(team, '') AS team, d.dimension, COALESCE(d.key, '') AS key, m.metric,
        ${Prisma.raw(bucketOf("m.x"))} AS b
      FROM facts ${dims} CROSS JOIN LATERAL (VALUES ${Prisma.raw(metrics)}) m(metric, x)
      WHERE kind IN ('chat', 'ticket') AND m.x IS NOT NULL),
    counted AS (SELECT day, team, dimension, key, metric, b, count(*)::int AS n FROM durations GROUP BY 1, 2, 3, 4, 5, 6)
    INSERT INTO "ReportHistogram" ("day", "teamId", "dimension", "key", "metric", "business", "buckets", "counts")
    SELECT day, team, dimension, key, metric, ${business}, array_agg(b ORDER BY b), array_agg(n ORDER BY b)
    FROM counted GROUP BY 1, 2, 3, 4, 5`;
}

/** Adds the months of `days` up again from their days' histograms (ReportMonthHistogram). */
export async function rebuildMonths(tx: Prisma.TransactionClient, days: string[]) {
  const months = [...new Set(days.map((day) => `${day.slice(0, 7)}-01`))].sort();
  await tx.$executeRawUnsafe(`SET LOCAL work_mem = '64MB'`);
  await tx.reportMonthHistogram.deleteMany({ where: { month: { in: months.map((month) => new Date(month)) } } });
  await tx.$executeRaw`
    INSERT INTO "ReportMonthHistogram" ("month", "teamId", "dimension", "key", "metric", "business", "buckets", "counts")
    SELECT month, "teamId", "dimension", "key", "metric", "business", array_agg(b ORDER BY b), array_agg(n ORDER BY b)
    FROM (
      SELECT date_trunc('month', h."day")::date AS month, h."teamId", h."dimension", h."key", h."metric", h."business",
        u.b, sum(u.n)::int AS n
      FROM "ReportHistogram" h CROSS JOIN LATERAL unnest(h."buckets", h."counts") u(b, n)
      WHERE h."day" >= ${months[0]}::date AND h."day" < ${months.at(-1)}::date + interval '1 month'
      GROUP BY 1, 2, 3, 4, 5, 6, 7) added
    GROUP BY 1, 2, 3, 4, 5, 6`;
}

/**
 * When each day's figures next change with no one touching a ticket: the earliest target still running (not yet
 * answered or solved, not paused) of the tickets created that day. Until then the day's SLA counts stand.
 */
async function settlingTimes(tx: Prisma.TransactionClient, scope: FactsScope, timeZone: string) {
  const rows = await tx.$queryRaw<{ created: Date; due: Date }[]>`
    SELECT "createdAt" AS created, LEAST(
      CASE WHEN "firstRespondedAt" IS NULL AND "firstResponseDueAt" > ${scope.now} THEN "firstResponseDueAt" END,
      CASE WHEN "solvedAt" IS NULL AND "slaPausedAt" IS NULL AND "resolutionDueAt" > ${scope.now}
        THEN "resolutionDueAt" END) AS due
    FROM "Ticket"
    WHERE "createdAt" >= ${scope.from} AND "createdAt" < ${scope.to}
      AND (("firstRespondedAt" IS NULL AND "firstResponseDueAt" > ${scope.now})
        OR ("solvedAt" IS NULL AND "slaPausedAt" IS NULL AND "resolutionDueAt" > ${scope.now}))`;
  const settles = new Map<string, Date>();
  for (const row of rows) {
    const day = localDay(new Date(row.created), timeZone);
    const due = new Date(row.due);
    const known = settles.get(day);
    if (!known || due < known) settles.set(day, due);
  }
  return settles;
}
