import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, PATCH, PUT } from "@/app/api/v1/customers/[externalId]/route";
import { POST as identify } from "@/app/api/v1/identity/route";
import { toActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { ServerEventPayload } from "@/lib/realtime/events";
import { requestHandoff } from "@/lib/services/bot/request-handoff";
import { startConversation } from "@/lib/services/chat/start-conversation";
import { saveAttributeSchema } from "@/lib/services/customers/attribute-schema";
import { findQueuePositions } from "@/lib/services/routing/queue-positions";
import { eventually } from "../factories/chat";
import { createSite, signIdentity } from "../factories/identity";
import { createTopic } from "../factories/tickets";
import { createUser, sessionCookie } from "../factories/users";
import { noParams, request, withParams } from "../helpers/http";
import { connectClient, emitAck, startRealtimeServer } from "../helpers/realtime";

let server: Awaited<ReturnType<typeof startRealtimeServer>>;
let adminCookie = "";
beforeAll(async () => {
  server = await startRealtimeServer();
  const admin = await createUser({ role: "ADMIN" });
  adminCookie = await sessionCookie(admin.id);
  await saveAttributeSchema({
    actor: toActor(admin),
    schema: [{ key: "desk", label: "Desk", type: "enum", values: ["otc", "retail"] }],
  });
});
afterAll(() => server.close());

const newId = () => `cust-${randomUUID().slice(0, 10)}`;
const call = (handler: typeof PUT, externalId: string, init: { method: string; body?: object; cookie?: string }) =>
  handler(
    request(`/api/v1/customers/${externalId}`, { locale: "en", cookie: adminCookie, ...init }),
    withParams({ externalId }),
  );

describe("customer profile API", () => {
  it("PUT creates (201) and replaces (200), PATCH changes only what it names, GET returns the profile with chats and tickets", async () => {
    const id = newId();
    const created = await call(PUT, id, {
      method: "PUT",
      body: {
        email: `${id}@ex.test`,
        name: "Pat",
        vipLevel: 2,
        kycLevel: 1,
        uid: "U-1",
        region: "HK",
        tags: ["otc"],
        attributes: { desk: "otc" },
      },
    });
    expect(created.status).toBe(201);
    expect((await created.json()).customer).toMatchObject({
      externalId: id,
      vipLevel: 2,
      kycLevel: 1,
      uid: "U-1",
      region: "HK",
      tags: ["otc"],
      attributes: { desk: "otc" },
      verified: false,
    });

    const patched = await call(PATCH, id, { method: "PATCH", body: { kycLevel: 3, language: "en" } });
    expect((await patched.json()).customer).toMatchObject({
      vipLevel: 2,
      kycLevel: 3,
      language: "en",
      uid: "U-1",
      attributes: { desk: "otc" },
    });

    const replaced = await call(PUT, id, { method: "PUT", body: { name: "Pat Two", vipLevel: 1 } });
    expect(replaced.status).toBe(200);
    expect((await replaced.json()).customer).toMatchObject({
      name: "Pat Two",
      vipLevel: 1,
      kycLevel: 0,
      uid: null,
      tags: [],
      attributes: {},
      email: `${id}@ex.test`,
    });

    const prisma = await getPrisma();
    const user = await prisma.user.findUniqueOrThrow({ where: { externalId: id } });
    await startConversation({ actor: toActor(user), locale: "en", ip: "127.0.0.1" });
    const got = await (await call(GET, id, { method: "GET" })).json();
    expect(got.customer.name).toBe("Pat Two");
    expect(got.conversations).toHaveLength(1);
    expect(got.tickets).toEqual([]);
    expect(
      await prisma.auditEvent.count({
        where: { targetId: user.id, action: { in: ["customer.created", "customer.updated"] } },
      }),
    ).toBe(3);
  });

  it("refuses bad input with field errors, unknown customers with 404, and non-admins", async () => {
    const id = newId();
    const missingEmail = await call(PUT, id, { method: "PUT", body: { vipLevel: 1 } });
    expect(missingEmail.status).toBe(400);
    expect((await missingEmail.json()).error.fields).toEqual({ email: "An email is needed to create a customer." });
    const bad = await call(PUT, id, {
      method: "PUT",
      body: { email: "x@ex.test", vipLevel: 9, attributes: { desk: "moon" } },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields)).toContain("vipLevel");
    const badAttribute = await call(PUT, id, {
      method: "PUT",
      body: { email: "x@ex.test", attributes: { desk: "moon" } },
    });
    expect((await badAttribute.json()).error.fields).toEqual({
      "attributes.desk": "This value does not match the attribute's type.",
    });
    expect((await call(PATCH, newId(), { method: "PATCH", body: { vipLevel: 1 } })).status).toBe(404);
    expect((await call(GET, newId(), { method: "GET" })).status).toBe(404);
    expect((await call(GET, "bad id!", { method: "GET" })).status).toBe(404);
    const customer = await createUser();
    const asCustomer = await call(PATCH, id, {
      method: "PATCH",
      body: { vipLevel: 5 },
      cookie: await sessionCookie(customer.id),
    });
    expect(asCustomer.status).toBe(403);
    expect(
      (
        await PUT(
          request(`/api/v1/customers/${id}`, { method: "PUT", body: { email: "a@b.test" } }),
          withParams({ externalId: id }),
        )
      ).status,
    ).toBe(401);
  });

  it("a customer raised to VIP 5 while waiting moves up the queue and is told the new place at once", async () => {
    const { topic } = await createTopic();
    const site = await createSite();
    const wait = async (sub: string) => {
      const { sessionToken, user } = await (
        await identify(
          request("/api/v1/identity", { body: { token: await signIdentity(site, { sub }), site: site.key } }),
          noParams,
        )
      ).json();
      const actor = toActor(await (await getPrisma()).user.findUniqueOrThrow({ where: { id: user.id } }));
      const { conversation } = await startConversation({ actor, locale: "en", ip: "127.0.0.1", topic: topic.slug });
      await requestHandoff({ actor, conversationId: conversation.id });
      return { sessionToken, conversationId: conversation.id };
    };
    const ahead = await wait(newId());
    const riserId = newId();
    const riser = await wait(riserId);
    const place = async (conversationId: string) =>
      (await findQueuePositions()).find((p) => p.conversationId === conversationId)?.position;
    expect(await place(riser.conversationId)).toBe(2);

    const socket = await connectClient(server.url, { guestToken: riser.sessionToken });
    const updates: ServerEventPayload<"queue.updated">[] = [];
    socket.on("queue.updated", (payload) => updates.push(payload));
    await emitAck(socket, "conversation.join", { conversationId: riser.conversationId, afterSeq: 0 });
    updates.length = 0;

    const response = await call(PATCH, riserId, { method: "PATCH", body: { vipLevel: 5 } });
    expect((await response.json()).customer.vipLevel).toBe(5);
    expect(await place(riser.conversationId)).toBe(1);
    expect(await place(ahead.conversationId)).toBe(2);
    await eventually(
      () => updates.some((u) => u.kind === "position" && u.conversationId === riser.conversationId && u.position === 1),
      "the new place pushed",
    );
    socket.disconnect();
  });
});
