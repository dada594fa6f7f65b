import { describe, expect, it } from "vitest";
import { parseTicketNumber } from "@/lib/contracts/ticket";
import { toActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { logCall } from "@/lib/services/phone/log-call";
import { leaveMessage } from "@/lib/services/routing/leave-message";
import { assignTicketByLoad, rankTicketCandidates } from "@/lib/services/tickets/assign-by-load";
import { createTicket } from "@/lib/services/tickets/create-ticket";
import { queuedChat } from "../factories/chat";
import { createTopic, fileTicket } from "../factories/tickets";
import { createUser, sessionCookie } from "../factories/users";
import { api } from "../helpers/tickets-api";

async function desk({ autoAssign = true } = {}) {
  const prisma = await getPrisma();
  const { topic, team } = await createTopic();
  await prisma.team.update({ where: { id: team.id }, data: { autoAssignTickets: autoAssign } });
  const agent = async (maxOpenTickets: number, status: "ONLINE" | "OFFLINE" = "ONLINE") => {
    const user = await createUser({ role: "AGENT", teamSlugs: [team.slug] });
    await prisma.agentProfile.update({ where: { userId: user.id }, data: { status, maxOpenTickets } });
    return user;
  };
  const customer = toActor(await createUser());
  const file = (subject = "Deposit not credited") => fileTicket(customer, { topic: topic.slug, subject });
  const assignee = async (number: number) =>
    (await prisma.ticket.findUniqueOrThrow({ where: { number }, select: { assigneeId: true } })).assigneeId;
  return { prisma, topic, team, agent, customer, file, assignee };
}

describe("ticket assignment by load", () => {
  it("ranks by share of capacity, then longest idle; full agents are skipped", () => {
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 0, minutes));
    const ranked = rankTicketCandidates([
      { id: "a", name: "A", open: 2, max: 4, lastAt: at(1) },
      { id: "b", name: "B", open: 1, max: 4, lastAt: at(5) },
      { id: "c", name: "C", open: 1, max: 4, lastAt: at(2) },
      { id: "d", name: "D", open: 3, max: 3, lastAt: null },
    ]);
    expect(ranked.map((x) => x.id)).toEqual(["c", "b", "a"]);
  });

  it("gives a new ticket to the least-loaded online member, skips offline agents, then falls back to the list", async () => {
    const { agent, file, assignee } = await desk();
    const busy = await agent(3);
    expect(await assignee((await file("Existing")).number)).toBe(busy.id); // the only one online: 1/3
    const free = await agent(1);
    await agent(5, "OFFLINE");
    const first = await file("First");
    expect(await assignee(first.number)).toBe(free.id); // 0/1 before 1/3
    const [second, third] = [await file("Second"), await file("Third")];
    expect([await assignee(second.number), await assignee(third.number)]).toEqual([busy.id, busy.id]);
    const fourth = await file("Fourth");
    expect(await assignee(fourth.number)).toBeNull(); // everyone full: the team's unassigned list
    const events = await (
      await getPrisma()
    ).ticketEntry.findMany({
      where: { ticket: { number: first.number }, kind: "EVENT" },
    });
    expect(events.map((e) => (e.event as { type: string }).type)).toContain("assignee");
  });

  it("leaves tickets of teams without it in the team's list", async () => {
    const { agent, file, assignee } = await desk({ autoAssign: false });
    await agent(5);
    expect(await assignee((await file()).number)).toBeNull();
  });

  it("two claims at once never take an agent past their ticket capacity", async () => {
    const { prisma, team, agent, file, assignee } = await desk({ autoAssign: false });
    const a = await agent(2);
    const b = await agent(1);
    const tickets = [];
    for (let i = 0; i < 8; i++) tickets.push(await file(`Race ${i}`));
    await prisma.team.update({ where: { id: team.id }, data: { autoAssignTickets: true } });
    const ids = await prisma.ticket.findMany({
      where: { number: { in: tickets.map((t) => t.number) } },
      select: { id: true },
    });
    // Every ticket claimed twice, all at once.
    const results = await Promise.all([...ids, ...ids].map(({ id }) => assignTicketByLoad(id)));
    const owners = await Promise.all(tickets.map((t) => assignee(t.number)));
    expect(owners.filter((id) => id === a.id)).toHaveLength(2);
    expect(owners.filter((id) => id === b.id)).toHaveLength(1);
    expect(owners.filter((id) => id === null)).toHaveLength(5);
    expect(results.filter(Boolean)).toHaveLength(3);
    const assignments = await prisma.ticketEntry.count({
      where: { ticketId: { in: ids.map((x) => x.id) }, kind: "EVENT", authorId: null },
    });
    expect(assignments).toBe(3); // no ticket assigned twice
  });

  it("tickets from email, phone and a chat's left message go through it, and so does a reopened ticket", async () => {
    const { prisma, topic, team, agent, customer, file, assignee } = await desk();
    const person = await agent(20);
    const email = await createTicket({
      actor: null,
      locale: "en",
      input: { topic: topic.slug, subject: "From email", description: "Sent by email to support.", attachmentIds: [] },
      origin: { channel: "EMAIL", requesterId: customer.id },
    });
    expect(await assignee(email.number)).toBe(person.id);
    const phone = await logCall({
      actor: toActor(person),
      locale: "en",
      input: {
        customerEmail: customer.email!,
        direction: "INBOUND",
        phoneNumber: "+86 10 1234 5678",
        durationSeconds: 60,
        notes: "",
        ticket: { topic: topic.slug, subject: "From a call", description: "The caller cannot withdraw." },
      },
    });
    expect(await assignee(parseTicketNumber(phone.ticket!.ref) ?? 0)).toBe(person.id);
    const chat = await queuedChat(customer, "I need help with my withdrawal");
    await prisma.conversation.update({ where: { id: chat.id }, data: { teamId: team.id } });
    const left = await leaveMessage({ actor: customer, conversationId: chat.id });
    expect(await assignee(parseTicketNumber(left.ticket.ref) ?? 0)).toBe(person.id);

    // Reopened: solved without an assignee, then the customer reopens it.
    await prisma.team.update({ where: { id: team.id }, data: { autoAssignTickets: false } });
    const web = await file("Solved then reopened");
    const cookie = await sessionCookie(person.id);
    await api.patch({ cookie }, web.ref, { status: "SOLVED" });
    expect(await assignee(web.number)).toBeNull();
    await prisma.team.update({ where: { id: team.id }, data: { autoAssignTickets: true } });
    expect((await api.reopen({ cookie: await sessionCookie(customer.id) }, web.ref)).status).toBe(200);
    expect(await assignee(web.number)).toBe(person.id);
  });
});
