import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportDimension } from "@/lib/contracts/report";
import type { AggregateRow } from "./report-figures";
import { rangeDays } from "./report-scope";
import { percentileFields, percentilesSql, type PercentileRow } from "./report-histogram";

/** The rows of a report, whichever way they were counted: the total, one per breakdown key, one per day. */
export type ReportRows = {
  total: AggregateRow | undefined;
  byKey: (AggregateRow & { key: string | null })[];
  byDay: Map<string, AggregateRow>;
};

export type RollupScope = {
  from: string;
  to: string;
  by: ReportDimension;
  business: boolean;
  supervisorId: string | null;
  team: string | null;
};

const SUMS = Prisma.sql`
  sum("chats")::int AS chats, sum("deflected")::int AS deflected, sum("tickets")::int AS tickets,
  sum("frMet")::int AS fr_met, sum("frDecided")::int AS fr_decided, sum("resMet")::int AS res_met,
  sum("resDecided")::int AS res_decided, sum("reopened")::int AS reopened, sum("solved")::int AS solved,
  sum("csatSum")::float8 / NULLIF(sum("csatResponses"), 0) AS csat_avg, sum("csatSatisfied")::int AS csat_satisfied,
  sum("csatResponses")::int AS csat_responses, sum("qualitySum")::float8 / NULLIF(sum("reviews"), 0) AS quality_avg,
  sum("reviews")::int AS reviews`;

const ROLLUP_WORK_MEM = "64MB";
// Prisma's 5 s default for a transaction is shorter than a year of a busy desk on a loaded machine.
const ROLLUP_READ_TIMEOUT_MS = 60_000;

type CountRow = Omit<AggregateRow, `${string}_median` | `${string}_p90`> & { g: string };

/**
 * A report read from the daily rollup (refreshed first by the caller): counts and sums added up exactly, medians and
 * p90s from the added-up histograms. The total and the days read the team breakdown, where every fact is once.
 */
export async function readRollup(scope: RollupScope): Promise<ReportRows> {
  const prisma = await getPrisma();
  const where = (dimension: string, inRange = true) => {
    const parts = [Prisma.sql`"dimension" = ${dimension}`];
    if (inRange) parts.push(Prisma.sql`"day" BETWEEN ${scope.from}::date AND ${scope.to}::date`);
    if (scope.supervisorId)
      parts.push(Prisma.sql`"teamId" IN (SELECT "teamId" FROM "TeamMember" WHERE "userId" = ${scope.supervisorId})`);
    if (scope.team) parts.push(Prisma.sql`"teamId" = ${scope.team}`);
    return Prisma.join(parts, " AND ");
  };
  const byDayOrTotal = Prisma.sql`COALESCE(to_char("day", 'YYYY-MM-DD'), '*')`;
  const histogram = (group: Prisma.Sql, source: Prisma.Sql, grouping: Prisma.Sql) => Prisma.sql`
    SELECT ${group} AS g, "metric" AS metric, u.b, sum(h.sign * u.n)::float8 AS n
    FROM (${source}) h CROSS JOIN LATERAL unnest(h."buckets", h."counts") u(b, n)
    GROUP BY ${grouping} HAVING sum(h.sign * u.n) > 0`;
  const dayHistograms = (dimension: string) => Prisma.sql`
    SELECT "day", "key", "metric", "buckets", "counts", 1 AS sign FROM "ReportHistogram"
    WHERE ${where(dimension)} AND "business" = ${scope.business}`;
  // The breakdown reads months from the months' histograms: a month the range covers in part, as the month less its
  // days outside the range when those are fewer (histograms subtract as they add); the other days from the days'.
  const { months, added, taken } = splitMonths(scope.from, scope.to);
  const breakdown = Prisma.sql`
    SELECT "key", "metric", "buckets", "counts", 1 AS sign FROM "ReportMonthHistogram"
    WHERE ${where(scope.by, false)} AND "business" = ${scope.business} AND "month" = ANY(${months}::date[])
    UNION ALL
    SELECT "key", "metric", "buckets", "counts", CASE WHEN "day" = ANY(${taken}::date[]) THEN -1 ELSE 1 END
    FROM "ReportHistogram"
    WHERE ${where(scope.by, false)} AND "business" = ${scope.business} AND "day" = ANY(${[...added, ...taken]}::date[])`;
  // Each read in its own transaction, for the memory to add a year of histograms up without spilling to disk.
  const read = <T>(sql: Prisma.Sql) =>
    prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL work_mem = '${ROLLUP_WORK_MEM}'`);
        return tx.$queryRaw<T>(sql);
      },
      { timeout: ROLLUP_READ_TIMEOUT_MS },
    );
  const [keyCounts, dayCounts, keyPercentiles, dayPercentiles] = await Promise.all([
    read<CountRow[]>(Prisma.sql`SELECT "key" AS g, ${SUMS} FROM "ReportRollup" WHERE ${where(scope.by)} GROUP BY "key"`),
    read<CountRow[]>(Prisma.sql`
      SELECT ${byDayOrTotal} AS g, ${SUMS} FROM "ReportRollup" WHERE ${where("team")}
      GROUP BY GROUPING SETS (("day"), ())`),
    read<PercentileRow[]>(
      Prisma.sql`WITH ${percentilesSql(histogram(Prisma.sql`"key"`, breakdown, Prisma.sql`"key", "metric", u.b`))}`,
    ),
    read<PercentileRow[]>(
      Prisma.sql`WITH ${percentilesSql(
        histogram(byDayOrTotal, dayHistograms("team"), Prisma.sql`GROUPING SETS (("day", "metric", u.b), ("metric", u.b))`),
      )}`,
    ),
  ]);
  const byKeyPercentiles = percentileFields(keyPercentiles);
  const byDayPercentiles = percentileFields(dayPercentiles);
  const row = (counts: CountRow, percentiles: Map<string, Record<string, number>>): AggregateRow => ({
    ...NO_PERCENTILES,
    ...counts,
    csat_avg: counts.csat_avg === null ? null : Number(counts.csat_avg),
    quality_avg: counts.quality_avg === null ? null : Number(counts.quality_avg),
    ...percentiles.get(counts.g),
  });
  const days = dayCounts.filter((counts) => counts.g !== "*");
  const total = dayCounts.find((counts) => counts.g === "*");
  return {
    total: total && total.chats !== null ? row(total, byDayPercentiles) : undefined,
    byKey: keyCounts.map((counts) => ({ ...row(counts, byKeyPercentiles), key: counts.g || null })),
    byDay: new Map(days.map((counts) => [counts.g, row(counts, byDayPercentiles)])),
  };
}

/**
 * How to add up the range [from, to] from month and day histograms with the fewest rows: `months` to add whole,
 * `added` days to add, `taken` days (outside the range, in a month added whole) to subtract.
 */
export function splitMonths(from: string, to: string) {
  const months: string[] = [];
  const added: string[] = [];
  const taken: string[] = [];
  const byMonth = new Map<string, string[]>();
  for (const day of rangeDays(from, to)) byMonth.set(day.slice(0, 7), [...(byMonth.get(day.slice(0, 7)) ?? []), day]);
  for (const [month, inside] of byMonth) {
    const all = rangeDays(`${month}-01`, lastDayOfMonth(`${month}-01`));
    const outside = all.filter((day) => day < from || day > to);
    if (outside.length < inside.length) {
      months.push(`${month}-01`);
      taken.push(...outside);
    } else added.push(...inside);
  }
  return { months, added, taken };
}

function lastDayOfMonth(day: string): string {
  const [year, month] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

const NO_PERCENTILES = {
  wait_median: null,
  wait_p90: null,
  chat_fr_median: null,
  chat_fr_p90: null,
  handle_median: null,
  handle_p90: null,
  ticket_fr_median: null,
  ticket_fr_p90: null,
  resolution_median: null,
  resolution_p90: null,
};
