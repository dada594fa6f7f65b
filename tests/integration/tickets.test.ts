import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { REOPEN_DAYS_KEY } from "@/lib/services/sla/sla-config";
import { createTeam, createUser, sessionCookie } from "../factories/users";
import { createTopic, keyOf } from "../factories/tickets";
import { api, EXE, guestCookieFrom, PNG } from "../helpers/tickets-api";

const ip = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function outboxFor(email: string) {
  const prisma = await getPrisma();
  return prisma.emailOutbox.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
}

async function agentWithTeam(teamSlug: string) {
  const agent = await createUser({ role: "AGENT", name: `Agent ${randomUUID().slice(0, 4)}`, teamSlugs: [teamSlug] });
  return { agent, cookie: await sessionCookie(agent.id) };
}

describe("tickets: customers", () => {
  it("a visitor files a ticket with an email: BCN number, guest cookie, confirmation email with a working tracking link", async () => {
    const { topic } = await createTopic({ priority: "HIGH" });
    const email = `visitor-${randomUUID().slice(0, 8)}@example.com`;
    const response = await api.create(
      { ip: ip() },
      {
        topic: topic.slug,
        subject: "Withdrawal stuck",
        description: "My BTC withdrawal is pending for 3 hours.",
        email: email.toUpperCase(),
      },
    );
    expect(response.status).toBe(201);
    const { ticket } = await response.json();
    expect(ticket.ref).toMatch(/^BCN-1\d{5,}$/);
    expect(ticket.ref).toBe(`BCN-${100000 + ticket.number}`);
    expect(guestCookieFrom(response)).toMatch(/^beacon_guest=/);
    expect(response.headers.get("set-cookie")).toMatch(/HttpOnly/);

    const [mail] = await outboxFor(email);
    expect(mail.subject).toContain(ticket.ref);
    expect(mail.text).toContain(ticket.trackingUrl);
    expect(mail.html).toContain(ticket.ref);

    const key = keyOf(ticket.trackingPath);
    const prisma = await getPrisma();
    const stored = await prisma.ticket.findUniqueOrThrow({ where: { number: ticket.number } });
    expect(stored.trackingKeyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(key);
    expect(stored).toMatchObject({ priority: "HIGH", status: "NEW", channel: "WEB" });
    expect(stored.firstResponseDueAt!.getTime() - stored.createdAt.getTime()).toBe(30 * 60_000);

    const byKey = await api.get({}, ticket.ref, key);
    expect(byKey.status).toBe(200);
    const { ticket: seen } = await byKey.json();
    expect(seen).toMatchObject({ subject: "Withdrawal stuck", status: "NEW", viewer: "key" });
    expect(seen.entries[0].body).toContain("BTC withdrawal");

    const wrong = await api.get({}, ticket.ref, `${key.slice(0, -2)}xx`);
    const unknown = await api.get({}, "BCN-999999", key);
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect((await api.get({}, ticket.ref)).status).toBe(404);
  });

  it("explains what is missing, in the reader's language", async () => {
    const response = await api.create({ ip: ip() }, { topic: "", subject: "", description: "short" });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.fields).sort()).toEqual(["description", "email", "subject", "topic"]);
    expect(error.fields.email).toBe("This field is required.");

    const unknownTopic = await api.create(
      { ip: ip() },
      { topic: "nope", subject: "Hello there", description: "Long enough description", email: "a@example.com" },
    );
    expect(unknownTopic.status).toBe(400);
    expect((await unknownTopic.json()).error.fields.topic).toBe("Choose one of the offered topics.");
  });

  it("links up to five of the customer's own uploads; refuses disguised, foreign and too many files", async () => {
    const { topic } = await createTopic();
    const [alice, bob] = await Promise.all([createUser(), createUser()]);
    const [aliceCookie, bobCookie] = await Promise.all([sessionCookie(alice.id), sessionCookie(bob.id)]);
    const disguised = await api.upload({ cookie: aliceCookie }, "invoice.png", EXE);
    expect(disguised.status).toBe(415);

    const upload = async (cookie: string) =>
      (await (await api.upload({ cookie }, "screen.png", PNG)).json()).attachment.id as string;
    const mine = await Promise.all(Array.from({ length: 6 }, () => upload(aliceCookie)));
    const theirs = await upload(bobCookie);
    const body = (attachmentIds: string[]) => ({
      topic: topic.slug,
      subject: "Screenshots",
      description: "See the attached screenshots please.",
      attachmentIds,
    });

    const tooMany = await api.create({ cookie: aliceCookie }, body(mine));
    expect(tooMany.status).toBe(400);
    const foreign = await api.create({ cookie: aliceCookie }, body([mine[0], theirs]));
    expect(foreign.status).toBe(400);
    expect((await foreign.json()).error.fields.attachmentIds).toMatch(/at most 5 files you uploaded yourself/);

    const ok = await api.create({ cookie: aliceCookie }, body(mine.slice(0, 5)));
    expect(ok.status).toBe(201);
    const { ticket } = await ok.json();
    const { ticket: seen } = await (await api.get({ cookie: aliceCookie }, ticket.ref)).json();
    expect(seen.entries[0].attachments).toHaveLength(5);
    expect(seen.entries[0].attachments[0]).toMatchObject({ mimeType: "image/png", filename: "screen.png" });
    // The failed submissions left nothing behind: the sixth file is still free to use.
    const prisma = await getPrisma();
    expect(await prisma.attachment.count({ where: { id: mine[5], ticketEntryId: null } })).toBe(1);
    expect(await prisma.ticket.count({ where: { requesterId: alice.id } })).toBe(1);
  });

  it("a guest uploads first (guest identity), then files the ticket with the file; the key opens the file", async () => {
    const { topic } = await createTopic();
    const email = `g-${randomUUID().slice(0, 8)}@example.com`;
    const who = { ip: ip() };
    const guest = await api.guest(who, { email });
    expect(guest.status).toBe(201);
    const cookie = guestCookieFrom(guest)!;
    const file = (await (await api.upload({ ...who, cookie }, "photo.png", PNG)).json()).attachment;
    const created = await api.create(
      { ...who, cookie },
      {
        topic: topic.slug,
        subject: "Photo ID",
        description: "Here is my photo ID as asked.",
        email,
        attachmentIds: [file.id],
      },
    );
    expect(created.status).toBe(201);
    const { ticket } = await created.json();
    expect(guestCookieFrom(created)).toBeUndefined(); // the same guest: no new identity
    const key = keyOf(ticket.trackingPath);
    const { ticket: seen } = await (await api.get({}, ticket.ref, key)).json();
    const url: string = seen.entries[0].attachments[0].url;
    expect(url).toContain(`/api/v1/tickets/${ticket.ref}/attachments/${file.id}?key=`);
    const download = await api.file({}, ticket.ref, file.id, key);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await api.file({}, ticket.ref, file.id, "wrong-key-wrong-key")).status).toBe(404);
    // "My tickets" in that browser lists it.
    const mine = await (await api.list({ cookie })).json();
    expect(mine.tickets.map((t: { ref: string }) => t.ref)).toEqual([ticket.ref]);
  });

  it("counts visitors' tickets per device first: an office behind one address is not locked out", async () => {
    const { topic } = await createTopic();
    const office = ip();
    const file = (device: string, i: number) =>
      api.create(
        { ip: office, device },
        {
          topic: topic.slug,
          subject: `Office ${i}`,
          description: "Some long enough text here",
          email: `o${i}-${randomUUID().slice(0, 6)}@example.com`,
        },
      );
    const colleagues = Array.from({ length: 8 }, () => randomUUID());
    const statuses = [];
    for (const [i, device] of colleagues.entries()) statuses.push((await file(device, i)).status);
    expect(statuses).toEqual(Array(8).fill(201));
    const one = colleagues[0];
    for (let i = 0; i < 4; i++) expect((await file(one, 10 + i)).status).toBe(201);
    expect((await file(one, 20)).status).toBe(429); // the sixth from one device in an hour
  });

  it("rate-limits ticket creation by visitors per address", async () => {
    const { topic } = await createTopic();
    const address = ip();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await api.create(
        { ip: address },
        {
          topic: topic.slug,
          subject: `Spam ${i}`,
          description: "Some long enough text here",
          email: `s${i}-${randomUUID().slice(0, 6)}@example.com`,
        },
      );
      statuses.push(r.status);
      if (r.status === 429) {
        expect(r.headers.get("retry-after")).toMatch(/^\d+$/);
        expect((await r.json()).error.message).toMatch(/Too many requests from your network/);
      }
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    // Another address is not affected.
    expect(
      (
        await api.create(
          { ip: ip() },
          { topic: topic.slug, subject: "Fine", description: "Some long enough text here", email: "ok@example.com" },
        )
      ).status,
    ).toBe(201);
  });
});

describe("tickets: the conversation", () => {
  it("agent replies publicly (first response, email, bell), notes stay internal, the customer's answer reopens the clock", async () => {
    const { topic, team } = await createTopic();
    const { agent, cookie: agentCookie } = await agentWithTeam(team.slug);
    const customer = await createUser({ name: "Alice", locale: "en" });
    const customerCookie = await sessionCookie(customer.id);
    const { ticket } = await (
      await api.create(
        { cookie: customerCookie },
        { topic: topic.slug, subject: "Cannot log in", description: "The 2FA code is always rejected." },
      )
    ).json();

    const note = await api.reply({ cookie: agentCookie }, ticket.ref, {
      body: "Checked logs: clock drift on their phone.",
      internal: true,
    });
    expect(note.status).toBe(201);
    const reply = await api.reply({ cookie: agentCookie }, ticket.ref, {
      body: "Please sync your phone's clock and try again.",
      status: "PENDING",
    });
    expect(reply.status).toBe(201);

    const { ticket: asCustomer } = await (await api.get({ cookie: customerCookie }, ticket.ref)).json();
    expect(asCustomer.status).toBe("PENDING");
    expect(asCustomer.entries.map((e: { kind: string; body: string }) => e.body)).not.toContain(
      "Checked logs: clock drift on their phone.",
    );
    expect(asCustomer.entries.some((e: { kind: string }) => e.kind === "NOTE")).toBe(false);
    expect(asCustomer.entries.find((e: { body: string }) => e.body.startsWith("Please sync")).author).toMatchObject({
      name: agent.name,
      side: "AGENT",
    });

    const { ticket: asAgent } = await (await api.get({ cookie: agentCookie }, ticket.ref)).json();
    expect(asAgent.entries.some((e: { kind: string }) => e.kind === "NOTE")).toBe(true);
    expect(asAgent.assignee).toMatchObject({ id: agent.id }); // replying took the unassigned ticket
    expect(asAgent.firstResponse.badge).toBe("met");
    expect(asAgent.resolution.badge).toBe("paused");

    const mails = await outboxFor(customer.email!);
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringContaining("We received your request"),
      expect.stringContaining("New reply"),
    ]);
    expect(mails[1].text).toContain("Please sync your phone's clock");
    expect(mails[1].text).not.toContain("Checked logs");

    const prisma = await getPrisma();
    const bell = await prisma.notification.findMany({ where: { userId: customer.id } });
    expect(bell.map((n) => n.title)).toEqual([`${agent.name} replied to ${ticket.ref}`]);

    const paused = await prisma.ticket.findUniqueOrThrow({ where: { number: ticket.number } });
    expect(paused.slaPausedAt).not.toBeNull();
    expect(paused.slaDueAt).toBeNull();
    await prisma.ticket.update({ where: { id: paused.id }, data: { slaPausedAt: new Date(Date.now() - 3600_000) } });
    const answer = await api.reply({ cookie: customerCookie }, ticket.ref, { body: "Synced the clock, it works now!" });
    expect(answer.status).toBe(201);
    const resumed = await prisma.ticket.findUniqueOrThrow({ where: { number: ticket.number } });
    expect(resumed.status).toBe("OPEN");
    expect(resumed.slaPausedAt).toBeNull();
    // The resolution deadline moved out by the hour spent waiting for the customer.
    expect(Math.round((resumed.resolutionDueAt!.getTime() - paused.resolutionDueAt!.getTime()) / 60_000)).toBe(60);
    const agentBell = await prisma.notification.findMany({
      where: { userId: agent.id, kind: "ticket.customer_replied" },
    });
    expect(agentBell).toHaveLength(1);
  });

  it("solving emails the customer; reopening works within the window and not after; closed is final", async () => {
    const { topic, team } = await createTopic();
    const { cookie: agentCookie } = await agentWithTeam(team.slug);
    const email = `r-${randomUUID().slice(0, 8)}@example.com`;
    const created = await api.create(
      { ip: ip() },
      { topic: topic.slug, subject: "Need a statement", description: "Please send my 2025 statement.", email },
    );
    const { ticket } = await created.json();
    const key = keyOf(ticket.trackingPath);

    expect((await api.patch({ cookie: agentCookie }, ticket.ref, { status: "SOLVED" })).status).toBe(200);
    const mails = await outboxFor(email);
    expect(mails.at(-1)!.subject).toContain("Solved");
    expect(mails.at(-1)!.text).toContain("within 7 days");
    // The email's link is the ticket's current tracking link.
    expect(mails.at(-1)!.text).toContain(`/tickets/track/${ticket.ref}?key=${key}`);

    const { ticket: solved } = await (await api.get({}, ticket.ref, key)).json();
    expect(solved.reopenableUntil).not.toBeNull();
    expect((await api.reopen({}, ticket.ref, key)).status).toBe(200);
    expect((await (await api.get({}, ticket.ref, key)).json()).ticket.status).toBe("OPEN");

    await api.patch({ cookie: agentCookie }, ticket.ref, { status: "SOLVED" });
    const prisma = await getPrisma();
    await prisma.ticket.update({
      where: { number: ticket.number },
      data: { solvedAt: new Date(Date.now() - 8 * 86_400_000) },
    });
    const late = await api.reply({}, ticket.ref, { body: "One more thing…" }, key);
    expect(late.status).toBe(409);
    expect((await late.json()).error.message).toMatch(/reopen period/);

    // An admin widens the window to 30 days: reopening works again.
    await prisma.setting.upsert({
      where: { key: REOPEN_DAYS_KEY },
      create: { key: REOPEN_DAYS_KEY, value: 30 },
      update: { value: 30 },
    });
    try {
      expect((await api.reply({}, ticket.ref, { body: "One more thing…" }, key)).status).toBe(201);
    } finally {
      await prisma.setting.delete({ where: { key: REOPEN_DAYS_KEY } });
    }

    await api.patch({ cookie: agentCookie }, ticket.ref, { status: "CLOSED" });
    expect((await api.reply({}, ticket.ref, { body: "Hello?" }, key)).status).toBe(409);
    expect((await api.patch({ cookie: agentCookie }, ticket.ref, { status: "OPEN" })).status).toBe(409);
  });

  it("records every agent change in the thread and moves SLA deadlines with the priority", async () => {
    const { topic, team } = await createTopic({ priority: "NORMAL" });
    const { agent, cookie } = await agentWithTeam(team.slug);
    const other = await createTeam();
    const customer = await createUser();
    const { ticket } = await (
      await api.create(
        { cookie: await sessionCookie(customer.id) },
        { topic: topic.slug, subject: "Fees", description: "Why was I charged twice?" },
      )
    ).json();
    const prisma = await getPrisma();
    const before = await prisma.ticket.findUniqueOrThrow({ where: { number: ticket.number } });

    const response = await api.patch({ cookie }, ticket.ref, {
      priority: "URGENT",
      assigneeId: agent.id,
      teamId: other.id,
      tags: ["Fees", "double-charge"],
    });
    expect(response.status).toBe(200);
    const { ticket: after } = await response.json();
    expect(after).toMatchObject({
      priority: "URGENT",
      status: "OPEN",
      assignee: { id: agent.id },
      team: { id: other.id },
      tags: ["fees", "double-charge"],
    });
    const types = after.entries
      .filter((e: { kind: string }) => e.kind === "EVENT")
      .map((e: { event: { type: string } }) => e.event.type);
    expect(types).toEqual(expect.arrayContaining(["priority", "assignee", "team", "tags", "status"]));
    const moved = await prisma.ticket.findUniqueOrThrow({ where: { number: ticket.number } });
    expect((before.firstResponseDueAt!.getTime() - moved.firstResponseDueAt!.getTime()) / 60_000).toBe(115);

    const bad = await api.patch({ cookie }, ticket.ref, { assigneeId: customer.id });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.assigneeId).toBe("Choose an agent.");
    expect((await api.patch({ cookie }, ticket.ref, {})).status).toBe(400);
  });

  it("bulk-assigns and bulk-closes, reporting the tickets it could not change", async () => {
    const { topic, team } = await createTopic();
    const { agent, cookie } = await agentWithTeam(team.slug);
    const customer = await createUser();
    const customerCookie = await sessionCookie(customer.id);
    const refs: string[] = [];
    for (let i = 0; i < 3; i++) {
      refs.push(
        (
          await (
            await api.create(
              { cookie: customerCookie },
              { topic: topic.slug, subject: `Bulk ${i}`, description: "Bulk test ticket body" },
            )
          ).json()
        ).ticket.ref,
      );
    }
    await api.patch({ cookie }, refs[2], { status: "CLOSED" });
    const assigned = await (
      await api.bulk({ cookie }, { action: "assign", tickets: refs, assigneeId: agent.id })
    ).json();
    expect(assigned.updated).toEqual(refs.slice(0, 2));
    expect(assigned.failed).toEqual([
      { ref: refs[2], code: "CONFLICT", message: "This ticket is closed. Please submit a new request." },
    ]);
    const closed = await (await api.bulk({ cookie }, { action: "close", tickets: refs.slice(0, 2) })).json();
    expect(closed.updated).toEqual(refs.slice(0, 2));
    const prisma = await getPrisma();
    const rows = await prisma.ticket.findMany({ where: { requesterId: customer.id } });
    expect(rows.every((r) => r.status === "CLOSED")).toBe(true);
    expect((await api.bulk({ cookie: customerCookie }, { action: "close", tickets: refs })).status).toBe(403);
  });
});
