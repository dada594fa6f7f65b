import { localizeJson } from "@/lib/db/localized";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ReportDimension, ReportDto, ReportQuery, ReportRow } from "@/lib/contracts/report";
import type { Locale } from "@/lib/i18n/locales";
import { DIMENSION_COLUMN, factsSql } from "./report-facts";
import { AGGREGATES, toFigures, type AggregateRow } from "./report-figures";
import { reportScope } from "./report-scope";

const REPORT_WORK_MEM = "128MB";
// Prisma's 5 s default for an interactive transaction is shorter than a year of a busy desk on a loaded machine.
const REPORT_TIMEOUT_MS = 60_000;

type Row = AggregateRow & { g_dim: number; g_day: number; key: string | null; day: number | null };

/**
 * The report for a range of local days: the totals, one row per agent/team/topic/channel/VIP tier/language, and a
 * point per day. One scan of the range (grouping sets); figures are defined in docs/reports.md.
 */
export async function getReport({
  actor,
  query,
  locale,
  now = new Date(),
}: {
  actor: Actor;
  query: ReportQuery;
  locale: Locale;
  now?: Date;
}): Promise<ReportDto> {
  const { scope, days, timeZone, businessHours } = await reportScope(actor, query, now);
  const prisma = await getPrisma();
  const dimension = Prisma.raw(DIMENSION_COLUMN[query.by]);
  const rows = await prisma.$transaction(async (tx) => {
    // A year of a busy desk sorts a few hundred thousand rows per percentile: in memory, not on disk.
    await tx.$executeRawUnsafe(`SET LOCAL work_mem = '${REPORT_WORK_MEM}'`);
    return tx.$queryRaw<Row[]>`
      WITH ${factsSql(scope)}
      SELECT GROUPING(${dimension})::int AS g_dim, GROUPING(day)::int AS g_day, ${dimension}::text AS key, day,
        ${AGGREGATES}
      FROM facts
      GROUP BY GROUPING SETS ((${dimension}), (day), ())`;
  }, { timeout: REPORT_TIMEOUT_MS });
  const total = rows.find((row) => row.g_dim === 1 && row.g_day === 1);
  const byKey = rows.filter((row) => row.g_dim === 0);
  const byDay = new Map(rows.filter((row) => row.g_day === 0).map((row) => [Number(row.day), row]));
  const labels = await dimensionLabels(query.by, byKey.map((row) => row.key), locale);
  const empty = toFigures(emptyRow());
  return {
    from: query.from,
    to: query.to,
    timeZone,
    businessHours,
    by: query.by,
    total: total ? toFigures(total) : empty,
    rows: byKey
      .map<ReportRow>((row) => ({
        key: row.key ?? "",
        label: labels.get(row.key ?? "") ?? row.key ?? "",
        figures: toFigures(row),
      }))
      .sort((a, b) => totalWork(b) - totalWork(a) || a.label.localeCompare(b.label)),
    trend: days.map((day, index) => {
      const row = byDay.get(index + 1);
      return { day, figures: row ? toFigures(row) : empty };
    }),
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
