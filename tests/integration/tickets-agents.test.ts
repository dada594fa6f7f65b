import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as convertRoute } from "@/app/api/v1/conversations/[conversationId]/ticket/route";
import { GET as notificationsRoute } from "@/app/api/v1/notifications/route";
import { POST as readRoute } from "@/app/api/v1/notifications/read/route";
import { toActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { checkSlaBreaches } from "@/lib/services/tickets/check-sla-breaches";
import { closeSolvedTickets } from "@/lib/services/tickets/close-solved-tickets";
import { createTicket } from "@/lib/services/tickets/create-ticket";
import { createUser, sessionCookie } from "../factories/users";
import { createTopic, fileTicket } from "../factories/tickets";
import { noParams, request, withParams } from "../helpers/http";
import { api } from "../helpers/tickets-api";

type Listed = { tickets: { ref: string; sla: string }[]; total: number };
const refs = (page: Listed) => page.tickets.map((t) => t.ref);

describe("agent views and search", () => {
  it("mine, unassigned, my team, all, SLA at risk and waiting list the right tickets; counts agree", async () => {
    const { topic, team } = await createTopic({ priority: "URGENT" });
    const agent = await createUser({ role: "AGENT", teamSlugs: [team.slug] });
    const cookie = await sessionCookie(agent.id);
    const customer = toActor(await createUser());
    const a = await fileTicket(customer, { topic: topic.slug, subject: "Mine open" });
    const b = await fileTicket(customer, { topic: topic.slug, subject: "Unassigned one" });
    const c = await fileTicket(customer, { topic: topic.slug, subject: "Waiting on customer" });
    const d = await fileTicket(customer, { topic: topic.slug, subject: "Already solved" });
    await api.patch({ cookie }, a.ref, { assigneeId: agent.id });
    await api.reply({ cookie }, c.ref, { body: "Please send a screenshot.", status: "PENDING" });
    await api.patch({ cookie }, d.ref, { status: "SOLVED" });
    // b is 4 minutes old on a 5-minute first-response target: under 25% left.
    const prisma = await getPrisma();
    const minus = (ms: number) => new Date(Date.now() - ms);
    await prisma.ticket.update({
      where: { number: b.number },
      data: { slaAtRiskAt: minus(60_000), slaDueAt: new Date(Date.now() + 60_000) },
    });

    const view = async (name: string) => (await (await api.list({ cookie }, `?view=${name}`)).json()) as Listed;
    expect(refs(await view("mine"))).toEqual(expect.arrayContaining([a.ref, c.ref]));
    expect(refs(await view("mine"))).not.toContain(d.ref);
    expect(refs(await view("unassigned"))).toContain(b.ref);
    expect(refs(await view("unassigned"))).not.toContain(a.ref);
    expect(refs(await view("team")).sort()).toEqual([a.ref, b.ref, c.ref].sort());
    expect(refs(await view("all"))).toEqual(expect.arrayContaining([a.ref, b.ref, c.ref]));
    expect(refs(await view("all"))).not.toContain(d.ref);
    expect(refs(await view("waiting"))).toContain(c.ref);
    const atRisk = await view("atRisk");
    expect(refs(atRisk)).toContain(b.ref);
    expect(atRisk.tickets.find((t) => t.ref === b.ref)!.sla).toBe("atRisk");
    expect(refs(atRisk)).not.toContain(c.ref); // paused while waiting

    const solvedToo = (await (await api.list({ cookie }, `?view=team&status=SOLVED,CLOSED`)).json()) as Listed;
    expect(refs(solvedToo)).toEqual([d.ref]);
    const { counts } = await (await api.counts({ cookie })).json();
    expect(counts.team).toBe(3);
    expect(counts.mine).toBeGreaterThanOrEqual(2);
    // A customer's list is only their own tickets, whatever they ask for.
    const own = (await (await api.list({ cookie: await sessionCookie(customer.id) }, "?view=all")).json()) as Listed;
    expect(refs(own).sort()).toEqual([a.ref, b.ref, c.ref, d.ref].sort());
    expect((await api.counts({ cookie: await sessionCookie(customer.id) })).status).toBe(403);
  });

  it("finds tickets by number, subject words, Chinese text in the thread, and the requester's email", async () => {
    const { topic } = await createTopic();
    const agentCookie = await sessionCookie((await createUser({ role: "AGENT" })).id);
    const word = `zebra${randomUUID().slice(0, 6)}`;
    const email = `finder-${randomUUID().slice(0, 8)}@example.com`;
    const t1 = await fileTicket(null, {
      topic: topic.slug,
      email,
      subject: `Problem with ${word} token`,
      description: "Nothing special in here at all.",
    });
    const t2 = await fileTicket(null, {
      topic: topic.slug,
      email: `x-${randomUUID().slice(0, 6)}@example.com`,
      subject: "充值问题",
      description: "我的充值一直没有到账，交易哈希已经确认",
    });
    await api.reply({ cookie: agentCookie }, t1.ref, { body: "请提供您的提现地址截图" });

    const search = async (q: string) =>
      refs((await (await api.list({ cookie: agentCookie }, `?q=${encodeURIComponent(q)}`)).json()) as Listed);
    expect(await search(t1.ref)).toEqual([t1.ref]);
    expect(await search(String(100000 + t2.number))).toEqual([t2.ref]);
    expect(await search(word)).toEqual([t1.ref]);
    expect(await search(word.slice(0, 7))).toContain(t1.ref); // prefix
    expect(await search("没有到账")).toContain(t2.ref);
    expect(await search("提现地址")).toContain(t1.ref); // text of a later reply
    expect(await search(email.toUpperCase())).toEqual([t1.ref]);
    expect(await search("qqqqzzzzyyyy")).toEqual([]);
  });
});

describe("SLA breach check", () => {
  it("notifies the team of each breach exactly once, even with checks running side by side", async () => {
    const { topic, team } = await createTopic({ priority: "URGENT" });
    const agent = await createUser({ role: "AGENT", teamSlugs: [team.slug] });
    const customer = toActor(await createUser());
    const ticket = await fileTicket(customer, { topic: topic.slug, subject: "Account hacked" });
    const prisma = await getPrisma();
    const later = new Date(Date.now() + 6 * 60_000); // past the 5-minute first response target
    await Promise.all([
      checkSlaBreaches({ now: later }),
      checkSlaBreaches({ now: later }),
      checkSlaBreaches({ now: later }),
    ]);
    await checkSlaBreaches({ now: later });
    const bell = await prisma.notification.findMany({ where: { userId: agent.id, kind: "ticket.sla_breached" } });
    expect(bell).toHaveLength(1);
    expect(bell[0].title).toContain(ticket.ref);
    const events = await prisma.ticketEntry.findMany({ where: { ticket: { number: ticket.number }, kind: "EVENT" } });
    expect(events.map((e) => e.event)).toEqual([{ type: "slaBreached", to: "firstResponse" }]);

    // The agent answers late; the resolution deadline (4 h) is a second, separate breach.
    await api.reply({ cookie: await sessionCookie(agent.id) }, ticket.ref, { body: "Looking into it now." });
    await checkSlaBreaches({ now: new Date(Date.now() + 3 * 3600_000) });
    expect(await prisma.notification.count({ where: { userId: agent.id, kind: "ticket.sla_breached" } })).toBe(1);
    await checkSlaBreaches({ now: new Date(Date.now() + 5 * 3600_000) });
    await checkSlaBreaches({ now: new Date(Date.now() + 6 * 3600_000) });
    const all = await prisma.notification.findMany({
      where: { userId: agent.id, kind: "ticket.sla_breached" },
      orderBy: { createdAt: "asc" },
    });
    expect(all).toHaveLength(2);
    expect(all[1].title).toMatch(/not resolved in time|未按时解决/);
  });

  it("never fires while the ticket waits for the customer", async () => {
    const { topic, team } = await createTopic({ priority: "URGENT" });
    const agent = await createUser({ role: "AGENT", teamSlugs: [team.slug] });
    const ticket = await fileTicket(toActor(await createUser()), { topic: topic.slug });
    await api.reply({ cookie: await sessionCookie(agent.id) }, ticket.ref, {
      body: "Please confirm your UID.",
      status: "PENDING",
    });
    await checkSlaBreaches({ now: new Date(Date.now() + 30 * 86_400_000) });
    const prisma = await getPrisma();
    expect(await prisma.notification.count({ where: { userId: agent.id, kind: "ticket.sla_breached" } })).toBe(0);
  });

  it("closes solved tickets once the reopen window has passed", async () => {
    const { topic, team } = await createTopic();
    const agent = await createUser({ role: "AGENT", teamSlugs: [team.slug] });
    const ticket = await fileTicket(toActor(await createUser()), { topic: topic.slug });
    await api.patch({ cookie: await sessionCookie(agent.id) }, ticket.ref, { status: "SOLVED" });
    // Scoped to this ticket: other test files share the database (PostgreSQL) and have solved tickets of their own.
    const ticketIds = [ticket.id];
    await closeSolvedTickets({ now: new Date(Date.now() + 6 * 86_400_000), ticketIds });
    const prisma = await getPrisma();
    expect((await prisma.ticket.findUniqueOrThrow({ where: { number: ticket.number } })).status).toBe("SOLVED");
    await closeSolvedTickets({ now: new Date(Date.now() + 8 * 86_400_000), ticketIds });
    expect((await prisma.ticket.findUniqueOrThrow({ where: { number: ticket.number } })).status).toBe("CLOSED");
  });
});

describe("numbers, chat conversion and the bell", () => {
  it("hands out unique, consecutive-looking numbers to tickets filed at the same moment", async () => {
    const { topic } = await createTopic();
    const customer = toActor(await createUser());
    const made = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        createTicket({
          actor: customer,
          locale: "en",
          input: { topic: topic.slug, subject: `Race ${i}`, description: "Concurrent filing test", attachmentIds: [] },
        }),
      ),
    );
    const numbers = made.map((t) => t.number);
    expect(new Set(numbers).size).toBe(25);
    expect(new Set(made.map((t) => t.ref)).size).toBe(25);
    const prisma = await getPrisma();
    const stored = await prisma.ticket.findMany({
      where: { number: { in: numbers } },
      select: { number: true, searchDocument: true },
    });
    expect(stored).toHaveLength(25);
    for (const row of stored) expect(row.searchDocument).toContain(`${100000 + row.number}`);
  });

  it("turns a chat into a ticket that keeps the public transcript; notes stay internal; twice gives the same ticket", async () => {
    const prisma = await getPrisma();
    const customer = await createUser({ name: "Chen", locale: "en" });
    const agent = await createUser({ role: "AGENT", name: "Wang" });
    const conversation = await prisma.conversation.create({
      data: { customerId: customer.id, status: "ACTIVE", priority: "HIGH", locale: "en", assigneeId: agent.id },
    });
    const at = (s: number) => new Date(Date.UTC(2026, 10, 20, 6, 0, s));
    await prisma.message.createMany({
      data: [
        {
          conversationId: conversation.id,
          seq: 1,
          authorKind: "CUSTOMER",
          authorId: customer.id,
          body: "My withdrawal is stuck",
          createdAt: at(1),
        },
        {
          conversationId: conversation.id,
          seq: 2,
          authorKind: "AGENT",
          authorId: agent.id,
          body: "Let me check that for you",
          createdAt: at(2),
        },
        {
          conversationId: conversation.id,
          seq: 3,
          authorKind: "AGENT",
          authorId: agent.id,
          body: "Needs finance team",
          internal: true,
          createdAt: at(3),
        },
      ],
    });
    const convert = async (cookie: string) =>
      convertRoute(
        request(`/api/v1/conversations/${conversation.id}/ticket`, { method: "POST", cookie, locale: "en" }),
        withParams({ conversationId: conversation.id }),
      );
    expect((await convert(await sessionCookie(customer.id))).status).toBe(403);
    const agentCookie = await sessionCookie(agent.id);
    const first = await convert(agentCookie);
    expect(first.status).toBe(201);
    const { ticket } = await first.json();
    const again = await convert(agentCookie);
    expect(again.status).toBe(200);
    expect((await again.json()).ticket.ref).toBe(ticket.ref);

    const { ticket: seen } = await (await api.get({ cookie: await sessionCookie(customer.id) }, ticket.ref)).json();
    expect(seen).toMatchObject({
      channel: "CHAT",
      subject: "My withdrawal is stuck",
      priority: "HIGH",
      status: "OPEN",
    });
    expect(seen.entries[0].body).toContain("Chen: My withdrawal is stuck");
    expect(seen.entries[0].body).toContain("Wang: Let me check that for you");
    expect(JSON.stringify(seen.entries)).not.toContain("Needs finance team");
    const { ticket: asAgent } = await (await api.get({ cookie: agentCookie }, ticket.ref)).json();
    expect(asAgent.entries.find((e: { kind: string }) => e.kind === "NOTE").body).toContain("Needs finance team");
    expect(asAgent.conversationId).toBe(conversation.id);
    expect((await prisma.emailOutbox.findMany({ where: { to: customer.email! } })).map((m) => m.subject)).toEqual([
      expect.stringContaining(ticket.ref),
    ]);
    const missing = await convertRoute(
      request(`/api/v1/conversations/nope/ticket`, { method: "POST", cookie: agentCookie }),
      withParams({ conversationId: "nope" }),
    );
    expect(missing.status).toBe(404);
  });

  it("lists a user's notifications with the unread count and marks them read", async () => {
    const { topic, team } = await createTopic();
    const agent = await createUser({ role: "AGENT", teamSlugs: [team.slug], locale: "en" });
    const cookie = await sessionCookie(agent.id);
    const ticket = await fileTicket(toActor(await createUser()), { topic: topic.slug, subject: "Bell test" });
    const list = await (await notificationsRoute(request("/api/v1/notifications", { cookie }), noParams)).json();
    expect(list.unread).toBe(1);
    expect(list.notifications[0]).toMatchObject({
      kind: "ticket.created",
      title: `New ticket ${ticket.ref}`,
      link: `/console/tickets/${ticket.ref}`,
      readAt: null,
    });
    const read = await (
      await readRoute(request("/api/v1/notifications/read", { method: "POST", body: {}, cookie }), noParams)
    ).json();
    expect(read).toEqual({ marked: 1, unread: 0 });
    expect((await notificationsRoute(request("/api/v1/notifications"), noParams)).status).toBe(401);
  });
});
