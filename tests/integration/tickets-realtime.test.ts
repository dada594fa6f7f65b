import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toActor } from "@/lib/auth/actor";
import { createGuestToken } from "@/lib/auth/guest-token";
import type { BeaconClientSocket } from "@/lib/realtime/client";
import type { ServerEventPayload } from "@/lib/realtime/events";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import { createGuest, createUser, sessionCookie } from "../factories/users";
import { createTopic, fileTicket, keyOf } from "../factories/tickets";
import { connectClient, emitAck, startRealtimeServer } from "../helpers/realtime";
import { api } from "../helpers/tickets-api";
import { mergeTicket } from "@/lib/services/tickets/merge-ticket";

let server: Awaited<ReturnType<typeof startRealtimeServer>>;
const sockets: BeaconClientSocket[] = [];
beforeAll(async () => {
  server = await startRealtimeServer();
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await server.close();
});

async function connect(options: { cookie?: string; guestToken?: string }) {
  const socket = await connectClient(server.url, options);
  sockets.push(socket);
  return socket;
}

/** Collects every `ticket.updated` a socket receives. */
function collect(socket: BeaconClientSocket) {
  const got: ServerEventPayload<"ticket.updated">[] = [];
  socket.on("ticket.updated", (payload) => got.push(payload));
  return got;
}

const until = async (check: () => boolean, ms = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
};
const settle = () => new Promise((r) => setTimeout(r, 300));

describe("tickets in real time", () => {
  it("the customer sees an agent's reply live; a note never reaches them; agents see both", async () => {
    const { topic, team } = await createTopic();
    const customer = await createUser();
    const agent = await createUser({ role: "AGENT", teamSlugs: [team.slug], name: "Agent Li" });
    const ticket = await fileTicket(toActor(customer), { topic: topic.slug });
    const customerSocket = await connect({ cookie: await sessionCookie(customer.id) });
    const agentSocket = await connect({ cookie: await sessionCookie(agent.id) });
    const toCustomer = collect(customerSocket);
    const toAgents = collect(agentSocket);

    await api.reply({ cookie: await sessionCookie(agent.id) }, ticket.ref, {
      body: "Internal: check the chain explorer",
      internal: true,
    });
    await api.reply({ cookie: await sessionCookie(agent.id) }, ticket.ref, {
      body: "We found your deposit, it is credited now.",
    });
    await until(() => toCustomer.some((e) => e.entry?.body?.startsWith("We found")));
    await settle();
    expect(toCustomer.every((e) => e.entry?.kind !== "NOTE")).toBe(true);
    expect(JSON.stringify(toCustomer)).not.toContain("Internal: check the chain explorer");
    const reply = toCustomer.find((e) => e.entry?.kind === "REPLY")!;
    expect(reply).toMatchObject({
      ref: ticket.ref,
      status: "OPEN",
      entry: { author: { name: "Agent Li", side: "AGENT" } },
    });
    expect(reply).not.toHaveProperty("tags");
    await until(
      () => toAgents.some((e) => e.entry?.kind === "NOTE") && toAgents.some((e) => e.entry?.kind === "REPLY"),
    );
  });

  it("a tracking-link holder follows the ticket with the key; a wrong key is refused like a missing ticket", async () => {
    const { topic } = await createTopic();
    const agent = await createUser({ role: "AGENT" });
    const ticket = await fileTicket(null, { topic: topic.slug, email: "follower@example.com" });
    const viewer = await createGuest();
    const socket = await connect({ guestToken: createGuestToken(viewer.id) });
    const got = collect(socket);

    const wrong = await emitAck(socket, "ticket.watch", { ref: ticket.ref, key: "not-the-key-at-all" });
    expect(wrong).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const missing = await emitAck(socket, "ticket.watch", {
      ref: formatTicketNumber(99_999_999),
      key: keyOf(ticket.trackingPath),
    });
    expect(missing).toEqual(wrong);

    expect(await emitAck(socket, "ticket.watch", { ref: ticket.ref, key: keyOf(ticket.trackingPath) })).toMatchObject({
      ok: true,
    });
    await api.reply({ cookie: await sessionCookie(agent.id) }, ticket.ref, {
      body: "Hello from support",
      status: "PENDING",
    });
    await until(() => got.some((e) => e.entry?.body === "Hello from support"));
    await until(() => got.some((e) => e.entry?.event?.type === "status" && e.status === "PENDING"));

    // A new key stops the old link's followers.
    await api.newKey({ cookie: await sessionCookie(agent.id) }, ticket.ref);
    await settle();
    const before = got.length;
    await api.reply({ cookie: await sessionCookie(agent.id) }, ticket.ref, { body: "After revocation" });
    await settle();
    expect(got.slice(before).some((e) => e.entry?.body === "After revocation")).toBe(false);
  });

  it("agents see who else is viewing and who is replying, and when they leave", async () => {
    const { topic } = await createTopic();
    const ticket = await fileTicket(toActor(await createUser()), { topic: topic.slug });
    const [first, second] = await Promise.all([
      createUser({ role: "AGENT", name: "First" }),
      createUser({ role: "AGENT", name: "Second" }),
    ]);
    const a = await connect({ cookie: await sessionCookie(first.id) });
    const b = await connect({ cookie: await sessionCookie(second.id) });
    const seen: ServerEventPayload<"ticket.presence">[] = [];
    a.on("ticket.presence", (p) => seen.push(p));

    expect(await emitAck(a, "ticket.watch", { ref: ticket.ref })).toMatchObject({
      ok: true,
      presence: [{ name: "First", replying: false }],
    });
    const watched = await emitAck(b, "ticket.watch", { ref: ticket.ref });
    expect((watched as unknown as { presence: { name: string }[] }).presence.map((p) => p.name).sort()).toEqual([
      "First",
      "Second",
    ]);
    await until(() => seen.some((p) => p.presence.some((x) => x.name === "Second")));

    expect(await emitAck(b, "ticket.presence.set", { ref: ticket.ref, replying: true })).toEqual({ ok: true });
    await until(() => seen.at(-1)!.presence.some((x) => x.name === "Second" && x.replying));

    b.close();
    await until(() => !seen.at(-1)!.presence.some((x) => x.name === "Second"));

    const customer = await connect({ cookie: await sessionCookie((await createUser()).id) });
    expect(await emitAck(customer, "ticket.presence.set", { ref: ticket.ref, replying: true })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });

  it("a merge reaches the viewers of both tickets: the duplicate's tracking-link holder and the agents", async () => {
    const { topic } = await createTopic();
    const agent = await createUser({ role: "AGENT" });
    const duplicate = await fileTicket(null, { topic: topic.slug, email: "dup@example.com" });
    const target = await fileTicket(null, { topic: topic.slug, email: "dup@example.com" });
    const viewer = await connect({ guestToken: createGuestToken((await createGuest()).id) });
    expect(
      await emitAck(viewer, "ticket.watch", { ref: duplicate.ref, key: keyOf(duplicate.trackingPath) }),
    ).toMatchObject({ ok: true });
    const toViewer = collect(viewer);
    const toAgents = collect(await connect({ cookie: await sessionCookie(agent.id) }));
    await mergeTicket({ actor: toActor(agent), number: duplicate.number, into: target.number });
    await until(() => toViewer.some((e) => e.entry?.event?.type === "merged" && e.status === "CLOSED"));
    await until(() => toAgents.some((e) => e.ref === duplicate.ref && e.entry?.event?.type === "merged"));
    await until(() => toAgents.some((e) => e.ref === target.ref && e.entry?.event?.type === "mergedFrom"));
  });
});
