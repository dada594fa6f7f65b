import { beforeAll, describe, expect, it } from "vitest";
import { toActor, type Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { getWallboard } from "@/lib/services/wallboard/get-wallboard";
import { startOfDeskDay } from "@/lib/sla/desk-day";
import { createTeam, createUser } from "../factories/users";

// A fixed desk at noon in Shanghai (04:00 UTC): midnight was 12 hours ago.
const NOW = new Date("2030-03-15T04:00:00.000Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

let supervisor: Actor;
let admin: Actor;
let ids: { alpha: string; beta: string; a1: string; a2: string; a3: string; b1: string };

beforeAll(async () => {
  const prisma = await getPrisma();
  const [alpha, beta] = [await createTeam("wb-alpha"), await createTeam("wb-beta")];
  const member = async (
    name: string,
    teamId: string,
    status: "ONLINE" | "AWAY" | "OFFLINE",
    role: "AGENT" | "SUPERVISOR" = "AGENT",
  ) => {
    const user = await createUser({ role, name });
    await prisma.teamMember.create({ data: { teamId, userId: user.id } });
    await prisma.agentProfile.update({ where: { userId: user.id }, data: { status, maxConcurrentChats: 4 } });
    return user;
  };
  const a1 = await member("Ann", alpha.id, "ONLINE");
  const a2 = await member("Bob", alpha.id, "AWAY");
  const a3 = await member("Cai", alpha.id, "OFFLINE");
  const b1 = await member("Dee", beta.id, "OFFLINE");
  supervisor = toActor(await member("Sue", alpha.id, "OFFLINE", "SUPERVISOR"));
  admin = toActor(await createUser({ role: "ADMIN" }));
  ids = { alpha: alpha.id, beta: beta.id, a1: a1.id, a2: a2.id, a3: a3.id, b1: b1.id };
  const customer = await createUser({ name: "Carla" });
  const chat = (data: object) =>
    prisma.conversation.create({ data: { customerId: customer.id, createdAt: ago(600), ...data } });

  // Alpha's queue: two waiting, the longest for 10 minutes. Beta: one waiting, nobody online.
  await chat({ teamId: alpha.id, status: "QUEUED", queuedAt: ago(10) });
  await chat({ teamId: alpha.id, status: "QUEUED", queuedAt: ago(2) });
  await chat({ teamId: beta.id, status: "QUEUED", queuedAt: ago(1) });
  // Ann: two chats now, first answered after 60 s and 180 s; three closed today, one yesterday (not today).
  const active = await chat({
    teamId: alpha.id,
    status: "ACTIVE",
    assigneeId: a1.id,
    queuedAt: ago(30),
    assignedAt: ago(29.5),
    firstResponseAt: ago(29),
  });
  await chat({
    teamId: alpha.id,
    status: "ACTIVE",
    assigneeId: a1.id,
    queuedAt: ago(20),
    assignedAt: ago(19),
    firstResponseAt: ago(17),
  });
  await prisma.agentProfile.update({ where: { userId: a1.id }, data: { activeChats: 2 } });
  for (const hours of [1, 2, 3, 13]) {
    await chat({
      teamId: alpha.id,
      status: "CLOSED",
      assigneeId: a1.id,
      queuedAt: ago(hours * 60 + 30),
      assignedAt: ago(hours * 60 + 20),
      closedAt: ago(hours * 60),
    });
  }
  // Her last public words: a chat reply 5 minutes ago, a ticket reply 3 minutes ago (a note 1 minute ago does not count).
  await prisma.message.create({
    data: { conversationId: active.id, seq: 1, authorKind: "AGENT", authorId: a1.id, body: "Hello", createdAt: ago(5) },
  });
  await prisma.message.create({
    data: {
      conversationId: active.id,
      seq: 2,
      authorKind: "AGENT",
      authorId: a1.id,
      body: "note",
      internal: true,
      createdAt: ago(1),
    },
  });
  const ticket = (data: object) =>
    prisma.ticket.create({ data: { subject: "T", requesterId: customer.id, teamId: alpha.id, ...data } });
  const breached = await ticket({
    status: "OPEN",
    priority: "URGENT",
    assigneeId: a1.id,
    slaDueAt: ago(10),
    slaAtRiskAt: ago(40),
  });
  await ticket({ status: "NEW", slaAtRiskAt: ago(5), slaDueAt: later(5) });
  await ticket({ status: "NEW", slaAtRiskAt: later(30), slaDueAt: later(120) });
  await ticket({ status: "SOLVED", assigneeId: a1.id, slaDueAt: ago(60) });
  await prisma.ticketEntry.create({
    data: { ticketId: breached.id, kind: "REPLY", authorId: a1.id, body: "On it", createdAt: ago(3) },
  });
  await prisma.ticketEntry.create({
    data: { ticketId: breached.id, kind: "NOTE", authorId: a1.id, body: "note", createdAt: ago(0.5) },
  });
});

describe("the wallboard's figures", () => {
  it("midnight in the desk's time zone", () => {
    expect(startOfDeskDay(NOW, "Asia/Shanghai").toISOString()).toBe("2030-03-14T16:00:00.000Z");
    expect(startOfDeskDay(new Date("2030-07-01T03:30:00Z"), "Europe/Berlin").toISOString()).toBe(
      "2030-06-30T22:00:00.000Z",
    );
  });

  it("a supervisor sees exactly their teams, with exact queue, agent, ticket figures and alerts", async () => {
    const board = await getWallboard({ actor: supervisor, now: NOW });
    expect(board.teams.map((team) => team.id)).toEqual([ids.alpha]);
    const [alpha] = board.teams;
    expect(alpha).toMatchObject({
      waiting: 2,
      oldestQueuedAt: ago(10).toISOString(),
      longestWaitSeconds: 600,
      agents: { online: 1, away: 1, offline: 2 },
      tickets: { atRisk: 1, breached: 1 },
      alerts: [
        { kind: "longWait", seconds: 600 },
        { kind: "breach", tickets: 1 },
      ],
    });
    // Ann has two free slots for the two waiting: the customer at the back is told "soon".
    expect(alpha.estimate).toEqual({ seconds: 0, label: "soon", minutes: null });
    expect(alpha.queue.map((chat) => chat.queuedAt)).toEqual([ago(10).toISOString(), ago(2).toISOString()]);
    expect(alpha.members.map((m) => [m.name, m.status])).toEqual([
      ["Ann", "ONLINE"],
      ["Bob", "AWAY"],
      ["Cai", "OFFLINE"],
      ["Sue", "OFFLINE"],
    ]);
    expect(alpha.members[0]).toEqual({
      id: ids.a1,
      name: "Ann",
      status: "ONLINE",
      maxConcurrentChats: 4,
      chats: 2,
      openTickets: 1,
      lastReplyAt: ago(3).toISOString(),
      handledToday: 3,
      firstResponseTodaySeconds: 120,
    });
    expect(alpha.members[1]).toMatchObject({
      chats: 0,
      openTickets: 0,
      lastReplyAt: null,
      handledToday: 0,
      firstResponseTodaySeconds: null,
    });
  });

  it("an admin sees every team; a team with customers waiting and nobody online raises the unstaffed alert", async () => {
    const board = await getWallboard({ actor: admin, now: NOW });
    const beta = board.teams.find((team) => team.id === ids.beta);
    expect(beta).toMatchObject({
      waiting: 1,
      longestWaitSeconds: 60,
      agents: { online: 0, away: 0, offline: 1 },
      alerts: [{ kind: "unstaffed", waiting: 1 }],
    });
    expect(beta?.estimate).toEqual({ seconds: null, label: "unknown", minutes: null });
  });

  it("refuses agents and customers", async () => {
    for (const actor of [toActor(await createUser({ role: "AGENT" })), toActor(await createUser())]) {
      await expect(getWallboard({ actor, now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
