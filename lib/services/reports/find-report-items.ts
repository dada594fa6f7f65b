import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import type { ReportFigure, ReportItemDto, ReportQuery } from "@/lib/contracts/report";
import { DIMENSION_COLUMN, factsSql } from "./report-facts";
import { FIGURE_ITEMS } from "./report-figures";
import { reportScope } from "./report-scope";

export const MAX_REPORT_ITEMS = 500;

type Row = { id: string; number: number | null; created: Date; value: number | null };

/**
 * The chats and tickets behind one figure of a report: the same facts and the same scope as the figure, narrowed to
 * one row of the table (`key`, "" for none) and/or one day of the trend.
 */
export async function findReportItems({
  actor,
  query,
  figure,
  key,
  day,
  now = new Date(),
}: {
  actor: Actor;
  query: ReportQuery;
  figure: ReportFigure;
  key?: string;
  day?: string;
  now?: Date;
}): Promise<ReportItemDto[]> {
  const { scope, days } = await reportScope(actor, query, now);
  const items = FIGURE_ITEMS[figure];
  const column = Prisma.raw(DIMENSION_COLUMN[query.by]);
  const filters = [Prisma.raw(items.where)];
  if (key !== undefined) filters.push(key ? Prisma.sql`${column}::text = ${key}` : Prisma.sql`${column} IS NULL`);
  if (day !== undefined) filters.push(Prisma.sql`day = ${days.indexOf(day) + 1}`);
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<Row[]>`
    WITH ${factsSql(scope)}
    SELECT id, number, created, (${Prisma.raw(items.value)})::float8 AS value
    FROM facts WHERE ${Prisma.join(filters, " AND ")}
    ORDER BY created, id LIMIT ${MAX_REPORT_ITEMS}`;
  return rows.map((row) => ({
    kind: row.number === null ? "chat" : "ticket",
    id: row.id,
    ref: row.number === null ? row.id : formatTicketNumber(row.number),
    createdAt: new Date(row.created).toISOString(),
    value: row.value === null ? null : Number(row.value),
  }));
}
