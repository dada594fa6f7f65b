import type { Actor } from "@/lib/auth/actor";
import { isAgent } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import {
  parseTicketNumber,
  UNSOLVED_STATUSES,
  type listTicketsSchema,
  type TicketSummaryDto,
  type TicketView,
} from "@/lib/validations/ticket";
import type { z } from "zod";
import { toTsQuery } from "./search-document";
import { ticketSummarySelect, toSummaryDto } from "./ticket-dto";

type ListInput = z.output<typeof listTicketsSchema>;
export type TicketPage = { tickets: TicketSummaryDto[]; total: number; totalCapped: boolean; page: number; pageSize: number };

/** Counts stop here: "10,000+" is as useful as an exact count and stays fast on a million rows. */
export const COUNT_CAP = 10_000;
/** At risk means under 25% of a target left; no target exceeds this look-ahead (25% of 72 h, with room). */
const AT_RISK_HORIZON_MS = 30 * 24 * 3600_000;

// Enum values are validated by zod before they get here; inlining them lets the planner match the partial indexes.
const list = (values: readonly string[]) => values.map((v) => `'${v.replace(/[^A-Z_]/g, "")}'`).join(", ");
const UNSOLVED = `t."status" IN (${list(UNSOLVED_STATUSES)})`;
/** These views list unsolved tickets unless a status filter says otherwise. */
const UNSOLVED_VIEWS: TicketView[] = ["mine", "unassigned", "team", "all"];

class Sql {
  readonly where: string[] = [];
  readonly params: unknown[] = [];
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

async function viewCondition(sql: Sql, view: TicketView, agentId: string, now: Date): Promise<string | null> {
  switch (view) {
    case "mine":
      return `t."assigneeId" = ${sql.param(agentId)}`;
    case "unassigned":
      return `t."assigneeId" IS NULL`;
    case "team": {
      const prisma = await getPrisma();
      const teams = await prisma.teamMember.findMany({ where: { userId: agentId }, select: { teamId: true } });
      return teams.length ? `t."teamId" IN (${teams.map((m) => sql.param(m.teamId)).join(", ")})` : "FALSE";
    }
    case "atRisk":
      return `t."slaDueAt" IS NOT NULL AND t."slaDueAt" < ${sql.param(new Date(now.getTime() + AT_RISK_HORIZON_MS).toISOString())}::timestamp AND t."slaAtRiskAt" <= ${sql.param(now.toISOString())}::timestamp`;
    case "waiting":
      return `t."status" = 'PENDING'`;
    default:
      return null;
  }
}

/** Search: a ticket number goes straight to it; otherwise the indexed text, and an address also its requester's tickets. */
function searchCondition(sql: Sql, q: string): string {
  const number = parseTicketNumber(q);
  if (number) return `t."number" = ${sql.param(number)}`;
  const parts: string[] = [];
  if (q.includes("@")) {
    // ANY(ARRAY(subquery)) rather than IN (subquery): an index condition, so it can be OR-ed with the text match.
    parts.push(`t."requesterId" = ANY(ARRAY(SELECT u."id" FROM "User" u WHERE u."contactEmail" = ${sql.param(q.toLowerCase())}))`);
  }
  const tsquery = toTsQuery(q);
  if (tsquery) parts.push(`t."searchVector" @@ to_tsquery('simple', ${sql.param(tsquery)})`);
  return parts.length ? `(${parts.join(" OR ")})` : "FALSE";
}

/**
 * Agents: the views (mine, unassigned, my team, all, SLA at risk, waiting for the customer) with filters and search;
 * customers and guests: their own tickets. Ids come from one indexed SQL query, rows from Prisma, in that order.
 */
export async function findTickets({ actor, input }: { actor: Actor; input: ListInput }): Promise<TicketPage> {
  const user = requireUser(actor);
  const now = new Date();
  const sql = new Sql();
  let order = `t."updatedAt" DESC, t."id" DESC`;
  if (!isAgent(user)) {
    sql.where.push(`t."requesterId" = ${sql.param(user.id)}`);
    order = `t."createdAt" DESC, t."id" DESC`;
  } else if (input.q) {
    sql.where.push(searchCondition(sql, input.q));
  } else {
    const view = input.view ?? "mine";
    const condition = await viewCondition(sql, view, user.id, now);
    if (condition) sql.where.push(condition);
    if (!input.status?.length && UNSOLVED_VIEWS.includes(view)) sql.where.push(UNSOLVED);
    if (view === "atRisk") order = `t."slaDueAt" ASC, t."id" ASC`;
  }
  if (input.status?.length) sql.where.push(`t."status" IN (${list(input.status)})`);
  if (isAgent(user)) {
    if (input.priority?.length) sql.where.push(`t."priority" IN (${list(input.priority)})`);
    if (input.channel?.length) sql.where.push(`t."channel" IN (${list(input.channel)})`);
    if (input.teamId) sql.where.push(`t."teamId" = ${sql.param(input.teamId)}`);
    if (input.assigneeId === "none") sql.where.push(`t."assigneeId" IS NULL`);
    else if (input.assigneeId) sql.where.push(`t."assigneeId" = ${sql.param(input.assigneeId)}`);
    if (input.tag) sql.where.push(`t."tags" @> ARRAY[${sql.param(input.tag)}]::text[]`);
  }
  const where = sql.where.length ? `WHERE ${sql.where.join(" AND ")}` : "";
  const offset = (input.page - 1) * input.pageSize;

  const prisma = await getPrisma();
  const [rows, counted] = await Promise.all([
    prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT t."id" FROM "Ticket" t ${where} ORDER BY ${order} LIMIT ${input.pageSize} OFFSET ${offset}`,
      ...sql.params,
    ),
    prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM "Ticket" t ${where} LIMIT ${COUNT_CAP + 1}) c`,
      ...sql.params,
    ),
  ]);
  const found = await prisma.ticket.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: ticketSummarySelect });
  const byId = new Map(found.map((row) => [row.id, row]));
  const viewer = isAgent(user) ? "agent" : "requester";
  const tickets = rows.flatMap((r) => (byId.has(r.id) ? [toSummaryDto(byId.get(r.id)!, viewer, now)] : []));
  const total = Math.min(counted[0]?.n ?? 0, COUNT_CAP);
  return { tickets, total, totalCapped: (counted[0]?.n ?? 0) > COUNT_CAP, page: input.page, pageSize: input.pageSize };
}

/** How many tickets each agent view holds (capped), for the view tabs. */
export async function countTicketViews({ actor, cap = 999 }: { actor: Actor; cap?: number }): Promise<Record<TicketView, number>> {
  const views: TicketView[] = ["mine", "unassigned", "team", "all", "atRisk", "waiting"];
  const prisma = await getPrisma();
  const now = new Date();
  const counts = await Promise.all(
    views.map(async (view) => {
      const sql = new Sql();
      const condition = await viewCondition(sql, view, actor.id, now);
      const parts = [condition, UNSOLVED_VIEWS.includes(view) ? UNSOLVED : null].filter(Boolean);
      const where = parts.length ? `WHERE ${parts.join(" AND ")}` : "";
      const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM "Ticket" t ${where} LIMIT ${cap + 1}) c`,
        ...sql.params,
      );
      return [view, row?.n ?? 0] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<TicketView, number>;
}
