import { describe, expect, it } from "vitest";
import { POST as rateRoute } from "@/app/api/v1/tickets/[ticketNumber]/rating/route";
import { toActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { updateTicket } from "@/lib/services/tickets/update-ticket";
import { createUser, sessionCookie } from "../factories/users";
import { createTopic, fileTicket, keyOf } from "../factories/tickets";
import { request, withParams } from "../helpers/http";

const rate = (ref: string, body: object, options: { key?: string; cookie?: string } = {}) =>
  rateRoute(
    request(`/api/v1/tickets/${ref}/rating${options.key ? `?key=${encodeURIComponent(options.key)}` : ""}`, {
      method: "POST",
      body,
      cookie: options.cookie,
      headers: { "accept-language": "en" },
    }),
    withParams({ ticketNumber: ref }),
  );

async function solvedTicket() {
  const { topic, team } = await createTopic();
  const agent = toActor(await createUser({ role: "AGENT", name: "Ann", teamSlugs: [team.slug] }));
  const supervisor = await createUser({ role: "SUPERVISOR", name: "Sue" });
  const prisma = await getPrisma();
  await prisma.teamMember.create({ data: { teamId: team.id, userId: supervisor.id } });
  const ticket = await fileTicket(null, { topic: topic.slug, email: "rater@example.com" });
  await updateTicket({ actor: agent, number: ticket.number, changes: { assigneeId: agent.id } });
  return { ticket, agent, supervisor, team, key: keyOf(ticket.trackingPath) };
}

describe("ticket ratings", () => {
  it("the solved email carries one signed link per score, opening the tracking page without a sign-in", async () => {
    const { ticket, agent, key } = await solvedTicket();
    await updateTicket({ actor: agent, number: ticket.number, changes: { status: "SOLVED" } });
    const prisma = await getPrisma();
    const mail = await prisma.emailOutbox.findFirstOrThrow({
      where: { ticketId: ticket.id, text: { contains: "rate=5" } },
      orderBy: { createdAt: "desc" },
    });
    for (const score of [1, 2, 3, 4, 5])
      expect(mail.text).toContain(`${ticket.trackingPath.replace(/^.*\/tickets/, "/tickets")}&rate=${score}`);
    expect(mail.html).toContain(`key=${encodeURIComponent(key)}&amp;rate=5`);
  });

  it("a key holder rates a solved ticket; it stays with the assignee at the time", async () => {
    const { ticket, agent, team, key } = await solvedTicket();
    expect((await rate(ticket.ref, { score: 4 }, { key })).status).toBe(409); // not solved yet
    await updateTicket({ actor: agent, number: ticket.number, changes: { status: "SOLVED" } });
    const answer = await rate(ticket.ref, { score: 4, reason: "Quick and clear" }, { key });
    expect(answer.status).toBe(200);
    expect((await answer.json()).rating).toMatchObject({ score: 4, reason: "Quick and clear" });
    const prisma = await getPrisma();
    const stored = await prisma.ticketRating.findUniqueOrThrow({ where: { ticketId: ticket.id } });
    expect(stored).toMatchObject({ score: 4, assigneeId: agent.id, teamId: team.id });
    // A change of mind updates the score; the assignee it belongs to does not move.
    const other = await createUser({ role: "AGENT" });
    await prisma.ticket.update({ where: { id: ticket.id }, data: { assigneeId: other.id } });
    expect((await rate(ticket.ref, { score: 5 }, { key })).status).toBe(200);
    expect(await prisma.ticketRating.findUniqueOrThrow({ where: { ticketId: ticket.id } })).toMatchObject({
      score: 5,
      assigneeId: agent.id,
    });
  });

  it("a low score tells the team's supervisor and can reopen the ticket as a follow-up", async () => {
    const { ticket, agent, supervisor, key } = await solvedTicket();
    await updateTicket({ actor: agent, number: ticket.number, changes: { status: "SOLVED" } });
    const answer = await rate(ticket.ref, { score: 1, reason: "Still not credited", reopen: true }, { key });
    expect(await answer.json()).toMatchObject({ reopened: true, rating: { score: 1 } });
    const prisma = await getPrisma();
    const row = await prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row.status).toBe("OPEN");
    expect(row.reopenCount).toBe(1);
    const notices = await prisma.notification.findMany({ where: { userId: supervisor.id, kind: "ticket.low_rating" } });
    expect(notices).toHaveLength(1);
    expect(notices[0].title).toContain(ticket.ref);
  });

  it("refuses a wrong key, agents, and bad scores, storing nothing", async () => {
    const { ticket, agent, key } = await solvedTicket();
    await updateTicket({ actor: agent, number: ticket.number, changes: { status: "SOLVED" } });
    expect((await rate(ticket.ref, { score: 3 }, { key: "wrong-key-wrong-key-wrong" })).status).toBe(404);
    expect((await rate(ticket.ref, { score: 3 })).status).toBe(404);
    const agentCookie = await sessionCookie(agent.id);
    expect((await rate(ticket.ref, { score: 3 }, { cookie: agentCookie, key })).status).toBe(403);
    const bad = await rate(ticket.ref, { score: 6 }, { key });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.score).toBeTruthy();
    const prisma = await getPrisma();
    expect(await prisma.ticketRating.count({ where: { ticketId: ticket.id } })).toBe(0);
  });
});
