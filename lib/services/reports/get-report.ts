import { localizeJson } from "@/lib/db/localized";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportDimension, ReportDto, ReportQuery, ReportRow } from "@/lib/contracts/report";
import type { Locale } from "@/lib/i18n/locales";
import { DIMENSION_COLUMN, factsSql, type FactsScope } from "./report-facts";
import { readRollup, type ReportRows } from "./read-rollup";
import { refreshRollup } from "./refresh-rollup";
import { AGGREGATES, toFigures, type AggregateRow } from "./report-figures";
import { reportScope } from "./report-scope";

const REPORT_WORK_MEM = "128MB";
// Up to ~10,000 chats and tickets a report reads them directly in well under a second, with exact percentiles.
export const EXACT_UP_TO = 10_000;
// Prisma's 5 s default for an interactive transaction is shorter than a year of a busy desk on a loaded machine.
const REPORT_TIMEOUT_MS = 60_000;

type Row = AggregateRow & { g_dim: number; g_day: number; key: string | null; day: number | null };

/**
 * The report for a range of local days: the totals, one row per agent/team/topic/channel/VIP tier/language, and a
 * point per day; figures are defined in docs/reports.md. A small range is counted from the chats and tickets
 * themselves; a large one from the daily rollup, brought up to date first (docs/reports.md, "How it stays fast").
 */
export async function getReport({
  actor,
  query,
  locale,
  now = new Date(),
  exactUpTo = EXACT_UP_TO,
}: {
  actor: Actor;
  query: ReportQuery;
  locale: Locale;
  now?: Date;
  /** Up to this many chats and tickets in the range, the report is counted from them (exact percentiles). */
  exactUpTo?: number;
}): Promise<ReportDto> {
  const { scope, days, timeZone, businessHours } = await reportScope(actor, query, now);
  const exact = (await countFacts(scope, exactUpTo + 1)) <= exactUpTo;
  let result: ReportRows;
  if (exact) result = await readFacts(scope, query.by, days);
  else {
    await refreshRollup({ now, range: { from: query.from, to: query.to } });
    const { supervisorId, team } = scope;
    result = await readRollup({ from: query.from, to: query.to, by: query.by, business: businessHours, supervisorId, team });
  }
  const labels = await dimensionLabels(query.by, result.byKey.map((row) => row.key), locale);
  const empty = toFigures(emptyRow());
  return {
    from: query.from,
    to: query.to,
    timeZone,
    businessHours,
    by: query.by,
    total: result.total ? toFigures(result.total) : empty,
    rows: result.byKey
      .map<ReportRow>((row) => ({
        key: row.key ?? "",
        label: labels.get(row.key ?? "") ?? row.key ?? "",
        figures: toFigures(row),
      }))
      .sort((a, b) => totalWork(b) - totalWork(a) || a.label.localeCompare(b.label)),
    trend: days.map((day) => {
      const row = result.byDay.get(day);
      return { day, figures: row ? toFigures(row) : empty };
    }),
  };
}

/** How many chats and tickets the range holds, counting no further than `limit`. */
async function countFacts(scope: FactsScope, limit: number): Promise<number> {
  const prisma = await getPrisma();
  const [{ n }] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (
      (SELECT 1 FROM "Conversation" WHERE "createdAt" >= ${scope.from} AND "createdAt" < ${scope.to} LIMIT ${limit})
      UNION ALL
      (SELECT 1 FROM "Ticket" WHERE "createdAt" >= ${scope.from} AND "createdAt" < ${scope.to} LIMIT ${limit})) f`;
  return n;
}

/** The report counted from the chats and tickets themselves: one scan of the range (grouping sets). */
async function readFacts(scope: FactsScope, by: ReportDimension, days: string[]): Promise<ReportRows> {
  const prisma = await getPrisma();
  const dimension = Prisma.raw(DIMENSION_COLUMN[by]);
  const rows = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL work_mem = '${REPORT_WORK_MEM}'`);
      return tx.$queryRaw<Row[]>`
      WITH ${factsSql(scope)}
      SELECT GROUPING(${dimension})::int AS g_dim, GROUPING(day)::int AS g_day, ${dimension}::text AS key, day,
        ${AGGREGATES}
      FROM facts
      GROUP BY GROUPING SETS ((${dimension}), (day), ())`;
    },
    { timeout: REPORT_TIMEOUT_MS },
  );
  return {
    total: rows.find((row) => row.g_dim === 1 && row.g_day === 1),
    byKey: rows.filter((row) => row.g_dim === 0),
    byDay: new Map(
      rows.filter((row) => row.g_day === 0).map((row) => [days[Number(row.day) - 1], row] as const),
    ),
  };
}

const totalWork = (row: ReportRow) => (row.figures.chats ?? 0) + (row.figures.tickets ?? 0);

/** Names for the ids of agents, teams and topics (the other dimensions are shown from their key). */
async function dimensionLabels(by: ReportDimension, keys: (string | null)[], locale: Locale) {
  const ids = keys.filter((key): key is string => Boolean(key));
  const prisma = await getPrisma();
  const labels = new Map<string, string>();
  if (by === "agent") {
    const users = await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
    for (const user of users) labels.set(user.id, user.name);
  }
  if (by === "team" || by === "topic") {
    const select = { id: true, name: true };
    const named =
      by === "team"
        ? await prisma.team.findMany({ where: { id: { in: ids } }, select })
        : await prisma.topic.findMany({ where: { id: { in: ids } }, select });
    for (const item of named) labels.set(item.id, localizeJson(item.name, locale));
  }
  return labels;
}

export function emptyRow(): AggregateRow {
  return {
    chats: 0,
    deflected: 0,
    wait_median: null,
    wait_p90: null,
    chat_fr_median: null,
    chat_fr_p90: null,
    handle_median: null,
    handle_p90: null,
    tickets: 0,
    ticket_fr_median: null,
    ticket_fr_p90: null,
    resolution_median: null,
    resolution_p90: null,
    fr_met: 0,
    fr_decided: 0,
    res_met: 0,
    res_decided: 0,
    reopened: 0,
    solved: 0,
    csat_avg: null,
    csat_satisfied: 0,
    csat_responses: 0,
    quality_avg: null,
    reviews: 0,
  };
}
