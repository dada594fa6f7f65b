// Who may do what, for every ticket endpoint: customer A (the requester), customer B, the requester as a guest
// (cookie), a visitor with the tracking key, a visitor without it, another guest, an agent and an admin.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as convertRoute } from "@/app/api/v1/conversations/[conversationId]/ticket/route";
import { GET as notificationsRoute } from "@/app/api/v1/notifications/route";
import { getPrisma } from "@/lib/db/client";
import { createGuest, createUser, sessionCookie } from "../factories/users";
import { createTopic, keyOf } from "../factories/tickets";
import { noParams, request, withParams } from "../helpers/http";
import { api, guestCookieFrom, PNG, type Caller } from "../helpers/tickets-api";
import { createGuestToken } from "@/lib/auth/guest-token";

type Who = "customerA" | "customerB" | "guestRequester" | "keyHolder" | "noKey" | "otherGuest" | "agent" | "admin";
const EVERYONE: Who[] = [
  "customerA",
  "customerB",
  "guestRequester",
  "keyHolder",
  "noKey",
  "otherGuest",
  "agent",
  "admin",
];

let topic: string;
const cookies = {} as Record<"customerA" | "customerB" | "otherGuest" | "agent" | "admin", string>;

beforeAll(async () => {
  topic = (await createTopic()).topic.slug;
  const [b, agent, admin, other] = await Promise.all([
    createUser(),
    createUser({ role: "AGENT" }),
    createUser({ role: "ADMIN" }),
    createGuest(),
  ]);
  cookies.customerB = await sessionCookie(b.id);
  cookies.agent = await sessionCookie(agent.id);
  cookies.admin = await sessionCookie(admin.id);
  cookies.otherGuest = `beacon_guest=${createGuestToken(other.id)}`;
});

/** A fresh ticket: by customer A, or (for the guest rows) by a guest who keeps the cookie. Returns how each row calls. */
async function setup(by: "customer" | "guest" = "customer") {
  const ip = `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  let guestCookie: string | undefined;
  let response: Response;
  if (by === "guest") {
    response = await api.create(
      { ip },
      {
        topic,
        subject: "Guest ticket",
        description: "Filed as a guest visitor",
        email: `g-${randomUUID().slice(0, 6)}@example.com`,
      },
    );
    guestCookie = guestCookieFrom(response);
  } else {
    // A fresh customer A each time (accounts may file 30 tickets an hour).
    cookies.customerA = await sessionCookie((await createUser()).id);
    response = await api.create(
      { cookie: cookies.customerA },
      { topic, subject: "Customer ticket", description: "Filed by customer A" },
    );
  }
  const { ticket } = await response.json();
  const key = keyOf(ticket.trackingPath);
  const callers: Record<Who, { caller: Caller; key?: string }> = {
    customerA: { caller: { cookie: cookies.customerA } },
    customerB: { caller: { cookie: cookies.customerB } },
    guestRequester: { caller: { cookie: guestCookie } },
    keyHolder: { caller: { ip }, key },
    noKey: { caller: { ip } },
    otherGuest: { caller: { cookie: cookies.otherGuest } },
    agent: { caller: { cookie: cookies.agent } },
    admin: { caller: { cookie: cookies.admin } },
  };
  return { ticket, key, callers, guestCookie };
}

/** Runs `call` for each row on its own fresh ticket (the guest row on a guest's ticket) and returns the statuses. */
async function matrix(
  call: (who: Who, ctx: Awaited<ReturnType<typeof setup>>) => Promise<Response>,
  prepare?: (ctx: Awaited<ReturnType<typeof setup>>) => Promise<void>,
) {
  const statuses = {} as Record<Who, number>;
  for (const who of EVERYONE) {
    const ctx = await setup(who === "guestRequester" ? "guest" : "customer");
    if (prepare) await prepare(ctx);
    statuses[who] = (await call(who, ctx)).status;
  }
  return statuses;
}

describe("ticket access matrix", () => {
  it("GET /api/v1/tickets/:number", async () => {
    expect(
      await matrix((who, { ticket, callers }) => api.get(callers[who].caller, ticket.ref, callers[who].key)),
    ).toEqual({
      customerA: 200,
      customerB: 404,
      guestRequester: 200,
      keyHolder: 200,
      noKey: 404,
      otherGuest: 404,
      agent: 200,
      admin: 200,
    });
  });

  it("POST /api/v1/tickets/:number/replies", async () => {
    expect(
      await matrix((who, { ticket, callers }) =>
        api.reply(callers[who].caller, ticket.ref, { body: "A reply" }, callers[who].key),
      ),
    ).toEqual({
      customerA: 201,
      customerB: 404,
      guestRequester: 201,
      keyHolder: 201,
      noKey: 404,
      otherGuest: 404,
      agent: 201,
      admin: 201,
    });
  });

  it("an internal note is an agent's privilege: from a customer it arrives as a public reply", async () => {
    const { ticket, callers, key } = await setup();
    await api.reply(callers.customerA.caller, ticket.ref, { body: "Trying to add a note", internal: true });
    const { ticket: seen } = await (await api.get({}, ticket.ref, key)).json();
    expect(seen.entries.at(-1)).toMatchObject({ kind: "REPLY", body: "Trying to add a note" });
  });

  it("PATCH /api/v1/tickets/:number", async () => {
    expect(
      await matrix((who, { ticket, callers }) => api.patch(callers[who].caller, ticket.ref, { priority: "HIGH" })),
    ).toEqual({
      customerA: 403,
      customerB: 403,
      guestRequester: 403,
      keyHolder: 401,
      noKey: 401,
      otherGuest: 403,
      agent: 200,
      admin: 200,
    });
  });

  it("POST /api/v1/tickets/:number/reopen (on a solved ticket)", async () => {
    const solve = async ({ ticket }: Awaited<ReturnType<typeof setup>>) =>
      void (await api.patch({ cookie: cookies.agent }, ticket.ref, { status: "SOLVED" }));
    expect(
      await matrix((who, { ticket, callers }) => api.reopen(callers[who].caller, ticket.ref, callers[who].key), solve),
    ).toEqual({
      customerA: 200,
      customerB: 404,
      guestRequester: 200,
      keyHolder: 200,
      noKey: 404,
      otherGuest: 404,
      agent: 200,
      admin: 200,
    });
  });

  it("POST /api/v1/tickets/:number/tracking-key", async () => {
    const statuses = await matrix((who, { ticket, callers }) => api.newKey(callers[who].caller, ticket.ref));
    expect(statuses).toEqual({
      customerA: 200,
      customerB: 404,
      guestRequester: 200,
      keyHolder: 401,
      noKey: 401,
      otherGuest: 404,
      agent: 200,
      admin: 200,
    });
  });

  it("a new tracking key revokes the old one; only the requester is shown the new link", async () => {
    const { ticket, key, callers } = await setup();
    const byAgent = await (await api.newKey(callers.agent.caller, ticket.ref)).json();
    expect(byAgent).toEqual({ emailed: true, trackingPath: null, trackingUrl: null });
    expect((await api.get({}, ticket.ref, key)).status).toBe(404);
    const mine = await (await api.newKey(callers.customerA.caller, ticket.ref)).json();
    expect((await api.get({}, ticket.ref, keyOf(mine.trackingPath))).status).toBe(200);
  });

  it("GET /api/v1/tickets/:number/attachments/:id", async () => {
    const attach = async (ctx: Awaited<ReturnType<typeof setup>>) => {
      const uploader = ctx.guestCookie ?? ctx.callers.customerA.caller.cookie!;
      const file = (await (await api.upload({ cookie: uploader }, "proof.png", PNG)).json()).attachment;
      await api.reply({ cookie: uploader }, ctx.ticket.ref, { body: "Here is the proof", attachmentIds: [file.id] });
      (ctx as { fileId?: string }).fileId = file.id;
    };
    const statuses = await matrix(
      (who, ctx) =>
        api.file(ctx.callers[who].caller, ctx.ticket.ref, (ctx as { fileId?: string }).fileId!, ctx.callers[who].key),
      attach,
    );
    expect(statuses).toEqual({
      customerA: 200,
      customerB: 404,
      guestRequester: 200,
      keyHolder: 200,
      noKey: 404,
      otherGuest: 404,
      agent: 200,
      admin: 200,
    });
  });

  it("GET /api/v1/tickets lists only what each may see", async () => {
    const { ticket, callers } = await setup();
    const listed = async (who: Who) => {
      // By number: the list is ordered by urgency and deadline, so a new ticket need not be on the first page.
      const response = await api.list(callers[who].caller, `?view=all&q=${ticket.ref}`);
      return {
        status: response.status,
        has: response.ok
          ? ((await response.json()).tickets as { ref: string }[]).some((t) => t.ref === ticket.ref)
          : false,
      };
    };
    expect(await listed("customerA")).toEqual({ status: 200, has: true });
    expect(await listed("customerB")).toEqual({ status: 200, has: false });
    expect(await listed("otherGuest")).toEqual({ status: 200, has: false });
    expect(await listed("keyHolder")).toEqual({ status: 401, has: false });
    expect(await listed("noKey")).toEqual({ status: 401, has: false });
    expect(await listed("agent")).toEqual({ status: 200, has: true });
    expect(await listed("admin")).toEqual({ status: 200, has: true });
  });

  it("POST /api/v1/tickets/bulk and GET /api/v1/tickets/counts are for agents", async () => {
    const { ticket, callers } = await setup();
    const bulk = {} as Record<Who, number>;
    const counts = {} as Record<Who, number>;
    for (const who of EVERYONE) {
      bulk[who] = (await api.bulk(callers[who].caller, { action: "solve", tickets: [ticket.ref] })).status;
      counts[who] = (await api.counts(callers[who].caller)).status;
    }
    const expected = {
      customerA: 403,
      customerB: 403,
      guestRequester: 401,
      keyHolder: 401,
      noKey: 401,
      otherGuest: 403,
      agent: 200,
      admin: 200,
    };
    expect(bulk).toEqual(expected);
    expect(counts).toEqual(expected);
  });

  it("POST /api/v1/tickets: accounts, guests and visitors with an email may file; a visitor without one may not", async () => {
    const body = { topic, subject: "Access test", description: "Who may file a ticket" };
    expect((await api.create({ cookie: cookies.customerB }, body)).status).toBe(201);
    expect((await api.create({ cookie: cookies.agent }, body)).status).toBe(201);
    expect(
      (await api.create({ cookie: cookies.otherGuest, ip: "10.78.0.1" }, { ...body, email: "other@example.com" }))
        .status,
    ).toBe(201);
    expect((await api.create({ ip: "10.78.0.2" }, body)).status).toBe(400);
    expect((await api.create({ ip: "10.78.0.2" }, { ...body, email: "v@example.com" })).status).toBe(201);
  });

  it("POST /api/v1/conversations/:id/ticket and the notifications API", async () => {
    const prisma = await getPrisma();
    const customer = await createUser();
    const conversation = await prisma.conversation.create({ data: { customerId: customer.id, status: "ACTIVE" } });
    await prisma.message.create({
      data: {
        conversationId: conversation.id,
        seq: 1,
        authorKind: "CUSTOMER",
        authorId: customer.id,
        body: "Help with my order please",
      },
    });
    const convert = (cookie?: string) =>
      convertRoute(
        request(`/api/v1/conversations/${conversation.id}/ticket`, { method: "POST", cookie }),
        withParams({ conversationId: conversation.id }),
      );
    expect((await convert(await sessionCookie(customer.id))).status).toBe(403);
    expect((await convert(cookies.otherGuest)).status).toBe(403);
    expect((await convert()).status).toBe(401);
    expect((await convert(cookies.agent)).status).toBe(201);
    expect((await convert(cookies.admin)).status).toBe(200);
    expect(
      (await notificationsRoute(request("/api/v1/notifications", { cookie: cookies.otherGuest }), noParams)).status,
    ).toBe(401);
    expect(
      (await notificationsRoute(request("/api/v1/notifications", { cookie: cookies.customerA }), noParams)).status,
    ).toBe(200);
  });
});
