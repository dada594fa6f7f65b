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
} from "@/lib/contracts/ticket";
import type { z } from "zod";
import { toTsQuery } from "@/lib/tickets/search-document";
import { loadSummaries } from "./ticket-rows";

type ListInput = z.output<typeof listTicketsSchema>;
export type TicketPage = {
  tickets: TicketSummaryDto[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
};

/** Counts stop here: "1,000+" is as useful as an exact count and stays fast on a million rows. */
export const COUNT_CAP = 1000;
/** A search fetches up to this many matches from the text index before it switches to walking by recency. */
export const SEARCH_CAP = 2000;
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
    parts.push(
      `t."requesterId" = ANY(ARRAY(SELECT u."id" FROM "User" u WHERE u."contactEmail" = ${sql.param(q.toLowerCase())}))`,
    );
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
    else if (UNSOLVED_VIEWS.includes(view)) order = workOrder(now);
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
  const viewer = isAgent(user) ? "agent" : "requester";
  const page = input.q ? await searchPage(where, sql.params, input) : await viewPage(where, order, sql.params, input);
  return { ...page, tickets: await loadSummaries(page.ids, viewer, now), page: input.page, pageSize: input.pageSize };
}

/**
 * The work views put what needs doing first: tickets past their running SLA deadline, then by priority (urgent
 * first), then the nearest deadline, then the most recently changed.
 */
function workOrder(now: Date): string {
  // Inlined, not a parameter: the count statement shares the parameters but has no ORDER BY. An ISO string is safe.
  const breached = `(t."slaDueAt" IS NOT NULL AND t."slaDueAt" <= '${now.toISOString()}'::timestamp)`;
  return `${breached} DESC, t."priority" DESC, t."slaDueAt" ASC NULLS LAST, t."updatedAt" DESC, t."id" DESC`;
}

type IdPage = { ids: string[]; total: number; totalCapped: boolean };

/** A view: the page in index order, and a count that stops at COUNT_CAP. */
async function viewPage(where: string, order: string, params: unknown[], input: ListInput): Promise<IdPage> {
  const prisma = await getPrisma();
  const [rows, counted] = await Promise.all([
    prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT t."id" FROM "Ticket" t ${where} ORDER BY ${order} LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`,
      ...params,
    ),
    prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM "Ticket" t ${where} LIMIT ${COUNT_CAP + 1}) c`,
      ...params,
    ),
  ]);
  const n = counted[0]?.n ?? 0;
  return { ids: rows.map((r) => r.id), total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
}

/**
 * A search, newest first, in two steps so the planner cannot pick the wrong road (measured on 1M tickets: a rare or
 * absent word made it walk every row; a common one made it fetch every match). First the matches straight from the
 * GIN index, up to SEARCH_CAP of them (no ORDER BY, so it cannot be tempted into a walk); if that is all of them,
 * they are sorted here. More than that means they are dense (≥ 0.2% of a million), so walking the updatedAt index
 * newest first meets a page of them within some thousands of rows — that statement runs with bitmap and sequential
 * scans, parallel workers and JIT turned off, which is what makes the walk the plan, and with a time limit.
 */
async function searchPage(where: string, params: unknown[], input: ListInput): Promise<IdPage> {
  const prisma = await getPrisma();
  const offset = (input.page - 1) * input.pageSize;
  const matches = await prisma.$queryRawUnsafe<{ id: string; updatedAt: Date }[]>(
    `SELECT t."id", t."updatedAt" FROM "Ticket" t ${where} LIMIT ${SEARCH_CAP + 1}`,
    ...params,
  );
  if (matches.length <= SEARCH_CAP) {
    matches.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? 1 : -1));
    return {
      ids: matches.slice(offset, offset + input.pageSize).map((m) => m.id),
      total: matches.length,
      totalCapped: false,
    };
  }
  const page = `ORDER BY t."updatedAt" DESC LIMIT ${input.pageSize} OFFSET ${offset}`;
  const walked = await prisma
    .$transaction(async (tx) => {
      for (const setting of WALK_SETTINGS) await tx.$executeRawUnsafe(`SET LOCAL ${setting}`);
      return tx.$queryRawUnsafe<{ id: string }[]>(`SELECT t."id" FROM "Ticket" t ${where} ${page}`, ...params);
    })
    .catch((error: unknown) => {
      if (String((error as Error)?.message).includes("statement timeout")) return null;
      throw error;
    });
  // A word common long ago but absent lately makes the walk long: then fetch every match and sort (bounded by it).
  const rows =
    walked ??
    (await prisma.$queryRawUnsafe<{ id: string }[]>(
      `WITH t AS MATERIALIZED (SELECT t."id", t."updatedAt" FROM "Ticket" t ${where}) SELECT t."id" FROM t ${page}`,
      ...params,
    ));
  return { ids: rows.map((r) => r.id), total: SEARCH_CAP, totalCapped: true };
}

/** How the recency walk runs: only the walk, one process, no JIT, and never for long (then the fallback). */
const WALK_SETTINGS = [
  "enable_bitmapscan = off",
  "enable_seqscan = off",
  "max_parallel_workers_per_gather = 0",
  "jit = off",
  "statement_timeout = 120",
];

/** How many tickets each agent view holds (capped), for the view tabs. */
export async function countTicketViews({
  actor,
  cap = 999,
}: {
  actor: Actor;
  cap?: number;
}): Promise<Record<TicketView, number>> {
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
