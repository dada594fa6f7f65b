import { beforeAll, describe, expect, it, vi } from "vitest";
import { deleteScorecardAction, saveScorecardAction } from "@/app/admin/scorecards/actions";
import { createReviewAction } from "@/app/console/reviews/actions";
import { toActor, type Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { createReviewSchema, type CreateReviewInput } from "@/lib/contracts/quality";
import { reportQuerySchema } from "@/lib/contracts/report";
import { translator } from "@/lib/i18n/messages";
import { createReview, findMyReviews } from "@/lib/services/quality/reviews";
import { findActiveScorecard, saveScorecard } from "@/lib/services/quality/scorecards";
import { findWeeklySample } from "@/lib/services/quality/weekly-sample";
import { getReport } from "@/lib/services/reports/get-report";
import { createTeam, createUser, sessionCookie } from "../factories/users";

// Server actions read the session cookie and the reader's language: the test hands them both.
const jar = vi.hoisted(() => ({ cookie: "", locale: "en" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      jar.cookie.startsWith(`${name}=`) ? { value: jar.cookie.slice(name.length + 1) } : undefined,
  }),
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => jar.locale }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

// The desk is in Shanghai (UTC+8). The week under review starts on Monday 4 March 2030; `at` is local time there.
const at = (local: string) => new Date(`2030-${local.replace(" ", "T")}:00+08:00`);
const NOW = at("03-13 10:00");
const WEEK = "2030-03-04";

type Person = Actor & { cookie: string };
let people: Record<"ann" | "bob" | "dee" | "sue" | "admin", Person>;
let chats: Record<"annClosed" | "annOpen" | "deeClosed" | "sueClosed", string>;
let deeTicket: number;
const annWeek: string[] = [];

const card = {
  name: { en: "Quality", "zh-CN": "质量" },
  active: true,
  criteria: [
    { key: "accuracy", label: { en: "Accuracy", "zh-CN": "准确性" } },
    { key: "tone", label: { en: "Tone", "zh-CN": "语气" } },
    { key: "process", label: { en: "Process", "zh-CN": "流程" } },
  ],
};

const scores = (accuracy: number, tone: number, process: number) => [
  { key: "accuracy", score: accuracy, comment: "" },
  { key: "tone", score: tone, comment: "friendly" },
  { key: "process", score: process, comment: "" },
];

const review = (actor: Actor, target: CreateReviewInput["target"], given = scores(5, 4, 3)) =>
  createReview({ actor, locale: "en", input: createReviewSchema.parse({ target, scores: given, comment: "ok" }) });

const as = (person: Person, locale = "en") => {
  jar.cookie = person.cookie;
  jar.locale = locale;
};

beforeAll(async () => {
  const prisma = await getPrisma();
  const [alpha, beta] = [await createTeam("qa-alpha"), await createTeam("qa-beta")];
  const person = async (name: string, role: "AGENT" | "SUPERVISOR" | "ADMIN", teamId: string | null) => {
    const user = await createUser({ role, name });
    if (teamId) await prisma.teamMember.create({ data: { teamId, userId: user.id } });
    return { ...toActor(user), cookie: await sessionCookie(user.id) };
  };
  people = {
    ann: await person("Ann", "AGENT", alpha.id),
    bob: await person("Bob", "AGENT", alpha.id),
    dee: await person("Dee", "AGENT", beta.id),
    sue: await person("Sue", "SUPERVISOR", alpha.id),
    admin: await person("Ada", "ADMIN", null),
  };
  const customer = await createUser({ name: "Carla" });
  const chat = async (assigneeId: string, closedAt: Date | null, teamId = alpha.id) =>
    (
      await prisma.conversation.create({
        data: {
          customerId: customer.id,
          teamId,
          assigneeId,
          status: closedAt ? "CLOSED" : "ACTIVE",
          createdAt: new Date((closedAt ?? NOW).getTime() - 600_000),
          closedAt,
        },
      })
    ).id;
  // Ann closed six chats and solved one ticket in the week; one more chat the week before; one is still open.
  for (const day of ["04", "05", "06", "07", "08", "09"])
    annWeek.push(await chat(people.ann.id, at(`03-${day} 11:00`)));
  const annTicket = await prisma.ticket.create({
    data: {
      subject: "Refund",
      requesterId: customer.id,
      teamId: alpha.id,
      assigneeId: people.ann.id,
      status: "SOLVED",
      createdAt: at("03-10 20:00"),
      solvedAt: at("03-10 23:30"),
    },
  });
  annWeek.push(annTicket.id);
  await chat(people.ann.id, at("03-03 23:30"));
  await chat(people.bob.id, at("03-06 12:00"));
  chats = {
    annClosed: annWeek[0],
    annOpen: await chat(people.ann.id, null),
    deeClosed: await chat(people.dee.id, at("03-05 09:00"), beta.id),
    sueClosed: await chat(people.sue.id, at("03-05 09:00")),
  };
  deeTicket = (
    await prisma.ticket.create({
      data: {
        subject: "Withdrawal",
        requesterId: customer.id,
        teamId: beta.id,
        assigneeId: people.dee.id,
        status: "CLOSED",
        createdAt: at("03-06 08:00"),
        solvedAt: at("03-06 09:00"),
      },
    })
  ).number;
});

describe("scorecards", () => {
  it("only admins save them, with errors in the reader's language; one card is active at a time", async () => {
    as(people.sue);
    expect(await saveScorecardAction(card)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    as(people.ann);
    expect(await saveScorecardAction(card)).toMatchObject({ ok: false, code: "FORBIDDEN" });

    as(people.admin, "zh-CN");
    const zh = translator("zh-CN");
    const blank = await saveScorecardAction({ ...card, name: { en: "Quality" }, criteria: [] });
    expect(blank).toMatchObject({ ok: false, code: "VALIDATION_FAILED", message: zh("errors.VALIDATION_FAILED") });
    if (blank.ok) throw new Error("saved");
    expect(blank.fields?.["name.zh-CN"]).toBe(zh("validation.required"));
    expect(blank.fields?.criteria).toBe(zh("validation.tooSmall", { min: 1 }));
    const twice = await saveScorecardAction({ ...card, criteria: [card.criteria[0], card.criteria[0]] });
    if (twice.ok) throw new Error("saved");
    expect(twice.fields?.criteria).toBe(zh("quality.validation.duplicateCriterion"));

    as(people.admin);
    const first = await saveScorecardAction({ ...card, name: { "zh-CN": "旧", en: "Old" } });
    const second = await saveScorecardAction(card);
    expect(first.ok && second.ok).toBe(true);
    const active = await findActiveScorecard();
    expect(active?.name).toEqual(card.name);
    expect(active?.criteria.map((criterion) => criterion.key)).toEqual(["accuracy", "tone", "process"]);
    // The old card was never used: it may go; a missing one is not found.
    if (!first.ok) throw new Error("not saved");
    expect(await deleteScorecardAction({ id: (first.data as { id: string }).id })).toMatchObject({ ok: true });
    expect(await deleteScorecardAction({ id: "nope" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("reviews", () => {
  it("a supervisor reviews closed work of their teams' agents only; agents review nobody", async () => {
    const done = await review(people.sue, { kind: "chat", conversationId: chats.annClosed });
    // (5 + 4 + 3) on 1–5 → (4 + 3 + 2) / 12 = 75 %.
    expect(done).toMatchObject({ percent: 75, agent: "Ann", reviewer: "Sue", scorecard: "Quality" });
    expect(done.scores).toEqual([
      { key: "accuracy", label: "Accuracy", score: 5, comment: "" },
      { key: "tone", label: "Tone", score: 4, comment: "friendly" },
      { key: "process", label: "Process", score: 3, comment: "" },
    ]);

    await expect(review(people.ann, { kind: "chat", conversationId: annWeek[1] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    as(people.ann);
    const target = { kind: "chat", conversationId: annWeek[1] };
    expect(await createReviewAction({ target, scores: scores(5, 5, 5) })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });

    const notFound = { code: "NOT_FOUND", messageKey: "reviewTargetNotFound" };
    await expect(review(people.sue, { kind: "chat", conversationId: chats.deeClosed })).rejects.toMatchObject(notFound);
    await expect(review(people.sue, { kind: "ticket", ticketNumber: deeTicket })).rejects.toMatchObject(notFound);
    await expect(review(people.sue, { kind: "chat", conversationId: chats.annOpen })).rejects.toMatchObject(notFound);
    await expect(review(people.sue, { kind: "chat", conversationId: chats.sueClosed })).rejects.toMatchObject(notFound);
    await expect(review(people.admin, { kind: "chat", conversationId: chats.annClosed })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "alreadyReviewed",
    });

    as(people.sue, "zh-CN");
    const partial = await createReviewAction({ target, scores: [{ key: "tone", score: 4 }] });
    if (partial.ok) throw new Error("saved");
    expect(partial.fields).toEqual({
      "scores.accuracy": translator("zh-CN")("validation.required"),
      "scores.process": translator("zh-CN")("validation.required"),
    });
    expect(await createReviewAction({ target, scores: scores(6, 4, 3) })).toMatchObject({
      ok: false,
      code: "VALIDATION_FAILED",
    });

    const admins = await review(people.admin, { kind: "ticket", ticketNumber: deeTicket }, scores(1, 1, 1));
    expect(admins).toMatchObject({ percent: 0, agent: "Dee", target: { kind: "ticket", number: deeTicket } });
  });

  it("proposes the same four of each agent's closed items all week, in the supervisor's reach only", async () => {
    const sample = await findWeeklySample({ actor: people.sue, week: "2030-03-06", locale: "en", now: NOW });
    expect(sample).toMatchObject({ week: WEEK, previousWeek: "2030-02-25", nextWeek: "2030-03-11", perAgent: 4 });
    // Sue's teams: Ann and Bob; never Dee (another team) nor Sue's own chat.
    expect(sample.agents.map((agent) => [agent.name, agent.closed, agent.items.length])).toEqual([
      ["Ann", 7, 4],
      ["Bob", 1, 1],
    ]);
    const ann = sample.agents[0].items;
    for (const item of ann) expect(annWeek).toContain(item.id);
    const reviewed = ann.find((item) => item.id === chats.annClosed);
    if (reviewed) expect(reviewed.reviewPercent).toBe(75);

    const again = await findWeeklySample({ actor: people.sue, locale: "en", week: WEEK, now: at("03-16 09:00") });
    expect(again.agents[0].items.map((item) => item.id).sort()).toEqual(ann.map((item) => item.id).sort());
    // Without a week: the last full one. The week before holds Ann's one chat of 3 March.
    const last = await findWeeklySample({ actor: people.sue, locale: "en", now: NOW });
    expect(last.week).toBe(WEEK);
    const before = await findWeeklySample({ actor: people.sue, locale: "en", week: "2030-02-25", now: NOW });
    expect(before.agents.map((agent) => [agent.name, agent.closed])).toEqual([["Ann", 1]]);

    const everyone = await findWeeklySample({ actor: people.admin, locale: "en", week: WEEK, now: NOW });
    expect(everyone.agents.map((agent) => agent.name)).toEqual(["Ann", "Bob", "Dee", "Sue"]);
    await expect(findWeeklySample({ actor: people.ann, locale: "en", now: NOW })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("shows each agent their own reviews and nobody else's", async () => {
    const ann = await findMyReviews({ actor: people.ann, locale: "zh-CN" });
    expect(ann.map((r) => [r.agent, r.percent, r.scorecard])).toEqual([["Ann", 75, "质量"]]);
    expect(ann[0].scores.map((s) => s.label)).toEqual(["准确性", "语气", "流程"]);
    expect((await findMyReviews({ actor: people.dee, locale: "en" })).map((r) => r.agent)).toEqual(["Dee"]);
    expect(await findMyReviews({ actor: people.bob, locale: "en" })).toEqual([]);
  });

  it("keeps a card that has reviews, and reports their scores", async () => {
    const active = await findActiveScorecard();
    as(people.admin);
    expect(await deleteScorecardAction({ id: active!.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    // Renaming the card does not rewrite the reviews made against it.
    await saveScorecard({
      actor: people.admin,
      input: { ...card, id: active!.id, criteria: [{ key: "speed", label: { en: "Speed", "zh-CN": "速度" } }] },
    });
    expect((await findMyReviews({ actor: people.ann, locale: "en" }))[0].scores.map((s) => s.label)).toEqual([
      "Accuracy",
      "Tone",
      "Process",
    ]);

    const range = reportQuerySchema.parse({ from: "2030-03-04", to: "2030-03-10" });
    const sue = await getReport({ actor: people.sue, query: range, locale: "en", now: NOW });
    expect(sue.total).toMatchObject({ qualityAverage: 75, reviews: 1 });
    const all = await getReport({ actor: people.admin, query: range, locale: "en", now: NOW });
    expect(all.total).toMatchObject({ qualityAverage: 37.5, reviews: 2 });
  });
});
