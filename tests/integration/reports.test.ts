import { beforeAll, describe, expect, it } from "vitest";
import { toActor, type Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { reportQuerySchema, type ReportFigures } from "@/lib/contracts/report";
import { findReportItems } from "@/lib/services/reports/find-report-items";
import { getReport } from "@/lib/services/reports/get-report";
import { BUSINESS_HOURS_KEY } from "@/lib/services/sla/sla-config";
import { createTeam, createUser } from "../factories/users";

// A fixed desk in Shanghai (UTC+8, no DST). Monday 11 and Tuesday 12 March 2030 are the range; business hours are
// Monday–Friday 09:00–18:00. `at("03-11 09:00")` is that local time as an instant.
const at = (local: string) => new Date(`2030-${local.replace(" ", "T")}:00+08:00`);
const NOW = at("03-20 00:00");
const query = (extra: Record<string, string> = {}) =>
  reportQuerySchema.parse({ from: "2030-03-11", to: "2030-03-12", ...extra });

let supervisor: Actor;
let admin: Actor;
let ids: Record<"alpha" | "beta" | "a1" | "a2" | "b1" | "c1" | "c2" | "c3" | "k1" | "k3", string>;

beforeAll(async () => {
  const prisma = await getPrisma();
  const [alpha, beta] = [await createTeam("rp-alpha"), await createTeam("rp-beta")];
  const member = async (name: string, teamId: string, role: "AGENT" | "SUPERVISOR" = "AGENT") => {
    const user = await createUser({ role, name });
    await prisma.teamMember.create({ data: { teamId, userId: user.id } });
    return user;
  };
  const [a1, a2, b1] = [await member("Ann", alpha.id), await member("Bob", alpha.id), await member("Dee", beta.id)];
  supervisor = toActor(await member("Sue", alpha.id, "SUPERVISOR"));
  admin = toActor(await createUser({ role: "ADMIN" }));
  const plain = await createUser({ name: "Carla" });
  const vip = await createUser({ name: "Victor", vipLevel: 3 });
  const [t1, t2] = await Promise.all(
    ["rp-one", "rp-two"].map((slug) =>
      prisma.topic.create({ data: { slug, name: { en: slug, "zh-CN": slug }, teamId: alpha.id } }),
    ),
  );
  const chat = (data: object) =>
    prisma.conversation.create({ data: { customerId: plain.id, status: "CLOSED", ...data } });
  const c1 = await chat({
    ...{ teamId: alpha.id, assigneeId: a1.id, topicId: t1.id, createdAt: at("03-11 09:00") },
    ...{ queuedAt: at("03-11 09:00"), assignedAt: at("03-11 09:01"), firstResponseAt: at("03-11 09:02") },
    ...{ closedAt: at("03-11 09:12"), csat: 5 },
  });
  const c2 = await chat({
    ...{ teamId: alpha.id, assigneeId: a1.id, topicId: t1.id, createdAt: at("03-11 10:00") },
    ...{ queuedAt: at("03-11 10:00"), assignedAt: at("03-11 10:03"), firstResponseAt: at("03-11 10:05") },
    ...{ closedAt: at("03-11 10:25"), csat: 2 },
  });
  // Across the night: 15 h on the clock, minutes in business time.
  const c3 = await chat({
    ...{ customerId: vip.id, locale: "en", teamId: alpha.id, assigneeId: a2.id, topicId: t2.id },
    ...{ createdAt: at("03-12 17:55"), queuedAt: at("03-12 17:55"), assignedAt: at("03-12 17:59") },
    ...{ firstResponseAt: at("03-13 09:05"), closedAt: at("03-13 09:15"), csat: 4 },
  });
  await chat({ teamId: alpha.id, createdAt: at("03-11 11:00") }); // the bot answered: deflected
  const c5 = await chat({
    ...{ teamId: beta.id, assigneeId: b1.id, createdAt: at("03-11 12:00"), queuedAt: at("03-11 12:00") },
    ...{ assignedAt: at("03-11 12:10"), firstResponseAt: at("03-11 12:11"), closedAt: at("03-11 12:20"), csat: 1 },
  });
  await chat({ teamId: alpha.id, createdAt: new Date(at("03-11 00:00").getTime() - 1000), csat: 1 }); // before
  await chat({ teamId: alpha.id, createdAt: at("03-13 00:00"), csat: 1 }); // after

  const ticket = (data: object) =>
    prisma.ticket.create({ data: { subject: "Report", requesterId: plain.id, teamId: alpha.id, ...data } });
  const k1 = await ticket({
    ...{ assigneeId: a1.id, topicId: t1.id, status: "SOLVED", createdAt: at("03-11 09:00") },
    ...{ firstResponseDueAt: at("03-11 10:00"), firstRespondedAt: at("03-11 09:30") },
    ...{ resolutionDueAt: at("03-12 09:00"), solvedAt: at("03-11 15:00") },
  });
  const k2 = await ticket({
    ...{ requesterId: vip.id, locale: "en", channel: "EMAIL", assigneeId: a2.id, topicId: t2.id },
    ...{ status: "SOLVED", reopenCount: 1, createdAt: at("03-11 17:00") },
    ...{ firstResponseDueAt: at("03-11 18:00"), firstRespondedAt: at("03-12 09:30") },
    ...{ resolutionDueAt: at("03-12 17:00"), solvedAt: at("03-12 16:00") },
  });
  const k3 = await ticket({
    ...{ assigneeId: a1.id, topicId: t2.id, status: "OPEN", createdAt: at("03-12 10:00") },
    ...{ firstResponseDueAt: at("03-12 11:00"), resolutionDueAt: at("03-13 10:00") },
  });
  await ticket({
    ...{ teamId: beta.id, assigneeId: b1.id, createdAt: at("03-11 10:00") },
    ...{ firstResponseDueAt: at("03-11 11:00"), firstRespondedAt: at("03-11 10:10") },
  });
  await ticket({ channel: "PHONE", createdAt: at("03-12 12:00") });

  await prisma.ticketRating.create({ data: { ticketId: k1.id, score: 5, assigneeId: a1.id, teamId: alpha.id } });
  // Rated while Bob had it; the ticket has moved on to Ann since: the rating stays Bob's.
  await prisma.ticketRating.create({ data: { ticketId: k2.id, score: 2, assigneeId: a2.id, teamId: alpha.id } });
  await prisma.ticket.update({ where: { id: k2.id }, data: { assigneeId: a1.id } });
  const card = await prisma.scorecard.create({ data: { name: { en: "Quality" }, criteria: [] } });
  const review = (agentId: string, percent: number, item: object) =>
    prisma.qualityReview.create({
      data: { scorecardId: card.id, reviewerId: supervisor.id, agentId, percent, scores: [], ...item },
    });
  await review(a1.id, 80, { conversationId: c1.id });
  await review(a2.id, 60, { ticketId: k2.id });
  await review(b1.id, 100, { conversationId: c5.id });
  const people = { alpha: alpha.id, beta: beta.id, a1: a1.id, a2: a2.id, b1: b1.id };
  ids = { ...people, c1: c1.id, c2: c2.id, c3: c3.id, k1: k1.id, k3: k3.id };
});

const setHours = async (on: boolean) => {
  const prisma = await getPrisma();
  const week = [null, [540, 1080], [540, 1080], [540, 1080], [540, 1080], [540, 1080], null];
  if (on)
    await prisma.setting.upsert({
      where: { key: BUSINESS_HOURS_KEY },
      create: { key: BUSINESS_HOURS_KEY, value: { timeZone: "Asia/Shanghai", days: week } },
      update: {},
    });
  else await prisma.setting.deleteMany({ where: { key: BUSINESS_HOURS_KEY } });
};

// Alpha's figures as its supervisor sees them, on the clock.
const ALPHA: ReportFigures = {
  chats: 4,
  deflected: 1,
  deflectionRate: 0.25,
  waitMedian: 180,
  waitP90: 228,
  chatFirstResponseMedian: 300,
  chatFirstResponseP90: 43740,
  handleMedian: 1320,
  handleP90: 44232,
  tickets: 4,
  ticketFirstResponseMedian: 30600,
  ticketFirstResponseP90: 53640,
  resolutionMedian: 52200,
  resolutionP90: 76680,
  firstResponseSla: 1 / 3,
  resolutionSla: 2 / 3,
  reopenRate: 0.5,
  csatAverage: 3.6,
  csatSatisfied: 0.6,
  csatResponses: 5,
  qualityAverage: 70,
  reviews: 2,
};

describe("reports: every figure of a fixed data set", () => {
  it("gives a supervisor their teams' figures, to the second", async () => {
    await setHours(false);
    const report = await getReport({ actor: supervisor, query: query(), locale: "en", now: NOW });
    expect(report.timeZone).toBe("Asia/Shanghai");
    expect(report.total).toEqual(ALPHA);
  });

  it("counts business hours only when asked", async () => {
    await setHours(true);
    const report = await getReport({ actor: supervisor, query: query({ hours: "business" }), locale: "en", now: NOW });
    expect(report.businessHours).toBe(true);
    expect(report.total).toEqual({
      ...ALPHA,
      chatFirstResponseMedian: 300,
      chatFirstResponseP90: 540,
      handleMedian: 960,
      handleP90: 1248,
      ticketFirstResponseMedian: 3600,
      ticketFirstResponseP90: 5040,
      resolutionMedian: 25200,
      resolutionP90: 28080,
    });
    const clock = await getReport({ actor: supervisor, query: query(), locale: "en", now: NOW });
    expect(clock.total).toEqual(ALPHA);
    await setHours(false);
  });

  it("gives an admin every team", async () => {
    const { total } = await getReport({ actor: admin, query: query(), locale: "en", now: NOW });
    expect(total).toMatchObject({
      chats: 5,
      deflected: 1,
      deflectionRate: 0.2,
      waitMedian: 210,
      waitP90: 492,
      chatFirstResponseMedian: 480,
      chatFirstResponseP90: 38418,
      handleMedian: 990,
      handleP90: 38868,
      tickets: 5,
      ticketFirstResponseMedian: 1800,
      ticketFirstResponseP90: 47880,
      firstResponseSla: 2 / 4,
      csatAverage: 19 / 6,
      csatSatisfied: 3 / 6,
      csatResponses: 6,
      qualityAverage: 80,
      reviews: 3,
    });
  });

  it("breaks down by agent (ratings and reviews stay with the agent they were given to), and by day", async () => {
    const report = await getReport({ actor: supervisor, query: query({ by: "agent" }), locale: "en", now: NOW });
    const row = (key: string) => report.rows.find((r) => r.key === key);
    expect(report.rows.map((r) => r.label)).toEqual(["Ann", "", "Bob"]);
    expect(row(ids.a1)?.figures).toMatchObject({ chats: 2, tickets: 3, csatAverage: 4, csatResponses: 3 });
    expect(row(ids.a1)?.figures).toMatchObject({ waitMedian: 120, reopenRate: 0.5, qualityAverage: 80, reviews: 1 });
    expect(row(ids.a2)?.figures).toMatchObject({ chats: 1, tickets: 0, csatAverage: 3, csatResponses: 2 });
    expect(row(ids.a2)?.figures).toMatchObject({ qualityAverage: 60, reviews: 1, firstResponseSla: null });
    expect(row("")?.figures).toMatchObject({ chats: 1, deflected: 1, tickets: 1, firstResponseSla: null });
    expect(report.trend.map((p) => [p.day, p.figures.chats, p.figures.tickets])).toEqual([
      ["2030-03-11", 3, 2],
      ["2030-03-12", 1, 2],
    ]);
  });

  it("breaks down by team, topic, channel, VIP tier and language", async () => {
    const rows = async (by: string) => {
      const report = await getReport({ actor: admin, query: query({ by }), locale: "en", now: NOW });
      return Object.fromEntries(report.rows.map((r) => [r.label, [r.figures.chats, r.figures.tickets]]));
    };
    expect(await rows("team")).toEqual({ "rp-alpha": [4, 4], "rp-beta": [1, 1] });
    expect(await rows("topic")).toEqual({ "rp-one": [2, 1], "rp-two": [1, 2], "": [2, 2] });
    expect(await rows("channel")).toEqual({ LIVE_CHAT: [5, 0], WEB: [0, 3], EMAIL: [0, 1], PHONE: [0, 1] });
    expect(await rows("vip")).toEqual({ "0": [4, 4], "3": [1, 1] });
    expect(await rows("language")).toEqual({ "zh-CN": [4, 4], en: [1, 1] });
  });

  it("drills down from a figure to the chats and tickets behind it", async () => {
    const items = await findReportItems({
      actor: supervisor,
      query: query({ by: "agent" }),
      figure: "firstResponseSla",
      key: ids.a1,
      now: NOW,
    });
    // K2 is Ann's now but was answered late by Bob: its SLA counts for the ticket's current assignee.
    expect(items.map((i) => [i.kind, i.id, i.value])).toEqual([
      ["ticket", ids.k1, 1],
      ["ticket", expect.any(String), 0],
      ["ticket", ids.k3, 0],
    ]);
    const waits = await findReportItems({
      actor: supervisor,
      query: query(),
      figure: "chatFirstResponseMedian",
      now: NOW,
    });
    expect(waits.map((i) => [i.id, i.value])).toEqual([
      [ids.c1, 120],
      [ids.c2, 300],
      [ids.c3, 54600],
    ]);
    const day = await findReportItems({ actor: admin, query: query(), figure: "chats", day: "2030-03-12", now: NOW });
    expect(day.map((i) => i.id)).toEqual([ids.c3]);
  });

  it("shows a supervisor nothing of another team, even when asked for it", async () => {
    const report = await getReport({ actor: supervisor, query: query({ team: ids.beta }), locale: "en", now: NOW });
    expect(report.total.chats).toBe(0);
    expect(report.total.reviews).toBe(0);
  });

  it("refuses agents and customers", async () => {
    const prisma = await getPrisma();
    const agent = toActor(await prisma.user.findUniqueOrThrow({ where: { id: ids.a1 } }));
    const customer = toActor(await createUser());
    for (const actor of [agent, customer]) {
      await expect(getReport({ actor, query: query(), locale: "en" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findReportItems({ actor, query: query(), figure: "chats" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });

  it("refuses a backwards or over-long range", () => {
    expect(reportQuerySchema.safeParse({ from: "2030-03-12", to: "2030-03-11" }).success).toBe(false);
    expect(reportQuerySchema.safeParse({ from: "2029-01-01", to: "2030-03-11" }).success).toBe(false);
    expect(reportQuerySchema.safeParse({ from: "2030-02-30", to: "2030-03-11" }).success).toBe(false);
  });
});
