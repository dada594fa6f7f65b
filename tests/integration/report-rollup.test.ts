import { beforeAll, describe, expect, it } from "vitest";
import { toActor, type Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { FIGURE_KINDS, REPORT_FIGURES, reportQuerySchema, type ReportFigures } from "@/lib/contracts/report";
import { findReportItems } from "@/lib/services/reports/find-report-items";
import { getReport } from "@/lib/services/reports/get-report";
import { BUCKET_RATIO } from "@/lib/services/reports/report-histogram";
import { refreshRollup } from "@/lib/services/reports/refresh-rollup";
import { BUSINESS_HOURS_KEY } from "@/lib/services/sla/sla-config";
import { createTeam, createUser } from "../factories/users";

// A desk in Shanghai; 6–7 January 2031 (Monday, Tuesday) are the range. A large desk's report reads the daily rollup
// (exactUpTo: 0 makes this small one do so too); its counts, shares and averages must be the exact ones, and its
// medians and p90s within one histogram bucket of them (docs/reports.md).
const at = (local: string) => new Date(`2031-${local.replace(" ", "T")}:00+08:00`);
const NOW = at("01-20 00:00");
const query = (extra: Record<string, string> = {}) =>
  reportQuerySchema.parse({ from: "2031-01-06", to: "2031-01-07", ...extra });

let admin: Actor;
let supervisor: Actor;
let ids: Record<"team" | "ann" | "bob" | "vip" | "late", string>;

const minutes = (local: string, n: number) => new Date(at(local).getTime() + n * 60_000);

beforeAll(async () => {
  const prisma = await getPrisma();
  const team = await createTeam("rr-alpha");
  const other = await createTeam("rr-beta");
  const member = async (name: string, teamId: string, role: "AGENT" | "SUPERVISOR" = "AGENT") => {
    const user = await createUser({ role, name });
    await prisma.teamMember.create({ data: { teamId, userId: user.id } });
    return user;
  };
  const [ann, bob, dee] = [await member("Ann", team.id), await member("Bob", team.id), await member("Dee", other.id)];
  supervisor = toActor(await member("Sue", team.id, "SUPERVISOR"));
  admin = toActor(await createUser({ role: "ADMIN" }));
  const customer = await createUser({ name: "Carla" });
  const vip = await createUser({ name: "Victor", vipLevel: 2 });
  // Nine chats a day with waits, first responses and handle times spread from seconds to hours.
  for (const [index, day] of ["01-06", "01-07"].entries())
    for (let i = 0; i < 9; i++) {
      const created = minutes(`${day} 09:00`, i * 37);
      const agent = [ann, bob, dee][i % 3];
      await prisma.conversation.create({
        data: {
          ...{ customerId: i % 4 === 0 ? vip.id : customer.id, status: "CLOSED", createdAt: created },
          ...{ teamId: agent === dee ? other.id : team.id, assigneeId: agent.id, queuedAt: created },
          assignedAt: new Date(created.getTime() + (5 + i * i * 40 + index * 7) * 1000),
          firstResponseAt: new Date(created.getTime() + (30 + i * 300) * 1000),
          closedAt: new Date(created.getTime() + (600 + i * i * 200) * 1000),
          csat: i % 2 ? 1 + (i % 5) : null,
        },
      });
    }
  await prisma.conversation.create({
    data: { customerId: customer.id, teamId: team.id, createdAt: at("01-06 12:00") },
  });
  for (let i = 0; i < 6; i++) {
    const created = minutes("01-06 10:00", i * 90);
    await prisma.ticket.create({
      data: {
        ...{ subject: "Rollup", requesterId: i % 3 ? customer.id : vip.id, teamId: team.id, assigneeId: ann.id },
        ...{ status: "SOLVED", createdAt: created, channel: i % 2 ? "EMAIL" : "WEB" },
        ...{ firstResponseDueAt: minutes("01-06 10:00", i * 90 + 60), resolutionDueAt: minutes("01-06 10:00", 1440) },
        firstRespondedAt: minutes("01-06 10:00", i * 90 + i * 25),
        solvedAt: minutes("01-06 10:00", i * 90 + 200 + i * 400),
      },
    });
  }
  // Still open, its first response due on 8 January: judged only once that has passed.
  const late = await prisma.ticket.create({
    data: {
      ...{ subject: "Late", requesterId: customer.id, teamId: team.id, assigneeId: bob.id, status: "OPEN" },
      ...{ createdAt: at("01-07 16:00"), firstResponseDueAt: at("01-08 10:00"), resolutionDueAt: at("01-09 16:00") },
    },
  });
  ids = { team: team.id, ann: ann.id, bob: bob.id, vip: vip.id, late: late.id };
});

type Group = { actor: Actor; extra?: Record<string, string>; key?: string; day?: string; now?: Date };

/**
 * Counts, shares and averages equal; a median or p90 less than RATIO − 1 of the larger of the two values it lies
 * between (percentile_cont's neighbours, from the drill-down), plus a second, off the exact one.
 */
async function expectWithinBuckets(rolled: ReportFigures, exact: ReportFigures, group: Group) {
  for (const figure of REPORT_FIGURES) {
    const [approx, value] = [rolled[figure], exact[figure]];
    if (FIGURE_KINDS[figure] !== "seconds" || value === null) {
      expect(approx, figure).toBe(value);
      continue;
    }
    const { actor, extra, key, day, now = NOW } = group;
    const items = await findReportItems({ actor, query: query(extra), figure, key, day, now });
    const values = items.map((item) => item.value!).sort((a, b) => a - b);
    const h = (figure.endsWith("P90") ? 0.9 : 0.5) * (values.length - 1);
    expect(approx, figure).not.toBeNull();
    expect(Math.abs(approx! - value), figure).toBeLessThanOrEqual((BUCKET_RATIO - 1) * values[Math.ceil(h)] + 1);
  }
}

/** The report both ways, compared: in total, per day and per row of the breakdown. */
async function compare(actor: Actor, extra: Record<string, string> = {}, now = NOW) {
  const [rolled, exact] = [
    await getReport({ actor, query: query(extra), locale: "en", now, exactUpTo: 0 }),
    await getReport({ actor, query: query(extra), locale: "en", now }),
  ];
  await expectWithinBuckets(rolled.total, exact.total, { actor, extra, now });
  expect(rolled.trend.map((point) => point.day)).toEqual(exact.trend.map((point) => point.day));
  for (const [i, point] of rolled.trend.entries())
    await expectWithinBuckets(point.figures, exact.trend[i].figures, { actor, extra, now, day: point.day });
  expect(rolled.rows.map((row) => row.key)).toEqual(exact.rows.map((row) => row.key));
  for (const [i, row] of rolled.rows.entries())
    await expectWithinBuckets(row.figures, exact.rows[i].figures, { actor, extra, now, key: row.key });
  return { rolled, exact };
}

describe("reports from the daily rollup", () => {
  it("give the exact counts, shares and averages, and percentiles within a bucket — in total, per day, per key", async () => {
    for (const actor of [admin, supervisor]) for (const by of ["agent", "channel", "vip"]) await compare(actor, { by });
    // Most of a month: read as January's histogram less 1 January's.
    await compare(admin, { by: "agent", from: "2031-01-02", to: "2031-01-31" });
  });

  it("count business hours from their own histograms, and re-count when the schedule changes", async () => {
    const prisma = await getPrisma();
    const week = [null, [540, 1080], [540, 1080], [540, 1080], [540, 1080], [540, 1080], null];
    await prisma.setting.create({
      data: { key: BUSINESS_HOURS_KEY, value: { timeZone: "Asia/Shanghai", days: week } },
    });
    try {
      const { rolled } = await compare(supervisor, { hours: "business" });
      expect(rolled.businessHours).toBe(true);
      await compare(supervisor);
    } finally {
      await prisma.setting.delete({ where: { key: BUSINESS_HOURS_KEY } });
    }
  });

  it("correct a counted day after a late change: a reopen, a rating, a reassignment, a VIP tier", async () => {
    const prisma = await getPrisma();
    const before = (await compare(admin, { by: "agent" })).rolled;
    const ticket = await prisma.ticket.findFirstOrThrow({
      where: { subject: "Rollup", requesterId: { not: ids.vip } },
    });
    await prisma.ticket.update({ where: { id: ticket.id }, data: { status: "OPEN", solvedAt: null, reopenCount: 1 } });
    await prisma.ticketRating.create({
      data: { ticketId: ticket.id, score: 5, assigneeId: ids.bob, teamId: ids.team },
    });
    await prisma.ticket.update({ where: { id: ticket.id }, data: { assigneeId: ids.bob } });
    await prisma.user.update({ where: { id: ids.vip }, data: { vipLevel: 4 } });
    const { rolled } = await compare(admin, { by: "agent" });
    expect(rolled.total.reopenRate).not.toBe(before.total.reopenRate);
    expect(rolled.total.csatResponses).toBe(before.total.csatResponses! + 1);
    const tiers = await compare(admin, { by: "vip" });
    expect(tiers.rolled.rows.map((row) => row.key).sort()).toEqual(["0", "4"]);
  });

  it("judge a running SLA target once it falls due, with nobody touching the ticket", async () => {
    const early = await compare(admin, {}, at("01-08 09:00"));
    const later = await compare(admin, {}, at("01-08 11:00"));
    expect(later.rolled.total.firstResponseSla).toBeLessThan(early.rolled.total.firstResponseSla!);
    // The job: once it has rebuilt what was stale at an instant, nothing is left for that instant.
    await refreshRollup({ now: at("01-08 11:00") });
    expect(await refreshRollup({ now: at("01-08 11:00") })).toBe(0);
  });
});
