import { describe, expect, it } from "vitest";
import { POST as accept } from "@/app/api/v1/conversations/[conversationId]/accept/route";
import { POST as close } from "@/app/api/v1/conversations/[conversationId]/close/route";
import { GET as messages, POST as postMessage } from "@/app/api/v1/conversations/[conversationId]/messages/route";
import { POST as rate } from "@/app/api/v1/conversations/[conversationId]/rating/route";
import { GET as getOne } from "@/app/api/v1/conversations/[conversationId]/route";
import { GET as download, POST as email } from "@/app/api/v1/conversations/[conversationId]/transcript/route";
import { GET as list, POST as start } from "@/app/api/v1/conversations/route";
import { GUEST_HEADER } from "@/lib/auth/guest-header";
import { getPrisma } from "@/lib/db/client";
import { createTopic } from "../factories/tickets";
import { createUser, sessionCookie, uniqueEmail } from "../factories/users";
import { noParams, request, withParams } from "../helpers/http";

const uuid = () => crypto.randomUUID();
const firstMessage = (body: string) => ({ clientId: uuid(), body });
const params = (conversationId: string) => withParams({ conversationId });

describe("starting a chat over HTTP", () => {
  it("makes a visitor a guest from the pre-chat form: httpOnly cookie, first message stored, the bot first", async () => {
    const address = uniqueEmail("visitor");
    const { topic, team } = await createTopic({ priority: "HIGH" });
    const response = await start(
      request("/api/v1/conversations", {
        body: {
          name: "Vera Visitor",
          email: address,
          topic: topic.slug,
          message: firstMessage("My USDT deposit is missing"),
        },
        locale: "en",
      }),
      noParams,
    );
    expect(response.status).toBe(201);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^beacon_guest=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
    const body = await response.json();
    expect(body.guestToken).toBeUndefined();
    // A new chat starts with the bot; the chosen topic's team and priority wait for the handoff.
    expect(body.conversation).toMatchObject({
      status: "BOT",
      customerName: "Vera Visitor",
      assigneeId: null,
      priority: "HIGH",
      teamId: team.id,
      lastSeq: 1,
    });
    expect(body.message).toMatchObject({ seq: 1, authorKind: "CUSTOMER", body: "My USDT deposit is missing" });

    const prisma = await getPrisma();
    const guest = await prisma.user.findUniqueOrThrow({ where: { id: body.conversation.customerId } });
    expect(guest).toMatchObject({ isGuest: true, email: null, contactEmail: address, name: "Vera Visitor" });

    // The cookie reopens the chat after a reload.
    const again = await getOne(
      request(`/api/v1/conversations/${body.conversation.id}`, { cookie: cookie.split(";")[0] }),
      params(body.conversation.id),
    );
    expect(again.status).toBe(200);
  });

  it("hands the widget its token in the body, which then works as a header where cookies do not travel", async () => {
    const response = await start(
      request("/api/v1/conversations", {
        body: { name: "Wu", email: uniqueEmail("w"), message: firstMessage("你好") },
        headers: { "x-beacon-widget": "1" },
      }),
      noParams,
    );
    const { conversation, guestToken } = await response.json();
    expect(guestToken).toMatch(/\./);
    const viaHeader = await messages(
      request(`/api/v1/conversations/${conversation.id}/messages`, { headers: { [GUEST_HEADER]: guestToken } }),
      params(conversation.id),
    );
    expect(viaHeader.status).toBe(200);
    // The customer's message, then the bot's reply.
    expect(
      (await viaHeader.json()).messages.map((m: { body: string; authorKind: string }) =>
        m.authorKind === "BOT" ? "<bot>" : m.body,
      ),
    ).toEqual(["你好", "<bot>"]);
    const forged = await messages(
      request(`/api/v1/conversations/${conversation.id}/messages`, {
        headers: { [GUEST_HEADER]: `${conversation.customerId}.forged` },
      }),
      params(conversation.id),
    );
    expect(forged.status).toBe(401);
  });

  it("asks a visitor for name and email, in their language, and stores nothing", async () => {
    const prisma = await getPrisma();
    const before = await prisma.conversation.count();
    const response = await start(
      request("/api/v1/conversations", { body: { name: "", email: "not-an-email" }, locale: "zh-CN" }),
      noParams,
    );
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.fields).sort()).toEqual(["email", "name"]);
    expect(error.fields.email).toMatch(/邮箱/);
    expect(await prisma.conversation.count()).toBe(before);
  });

  it("gives a signed-in customer one open chat across devices, and refuses agents", async () => {
    const customer = await createUser();
    const cookie = await sessionCookie(customer.id);
    const { topic } = await createTopic();
    const unknownTopic = await start(
      request("/api/v1/conversations", { body: { topic: "no-such-topic" }, cookie }),
      noParams,
    );
    expect(unknownTopic.status).toBe(400);
    const first = await start(
      request("/api/v1/conversations", {
        body: { topic: topic.slug, message: firstMessage("Verification stuck") },
        cookie,
      }),
      noParams,
    );
    expect(first.status).toBe(201);
    const second = await start(
      request("/api/v1/conversations", { body: { message: firstMessage("Any news?") }, cookie }),
      noParams,
    );
    expect(second.status).toBe(200);
    const [a, b] = [await first.json(), await second.json()];
    expect(b.conversation.id).toBe(a.conversation.id);
    expect(b.message.seq).toBe(3); // after the bot's reply to the first message
    const mine = await (await list(request("/api/v1/conversations?status=open", { cookie }), noParams)).json();
    expect(mine.conversations.map((c: { id: string }) => c.id)).toEqual([a.conversation.id]);

    const agent = await createUser({ role: "AGENT" });
    const refused = await start(
      request("/api/v1/conversations", { body: {}, cookie: await sessionCookie(agent.id) }),
      noParams,
    );
    expect(refused.status).toBe(403);
  });
});

describe("history, search, close, rating and transcript", () => {
  it("runs a whole chat through the API with the same rules as the socket", async () => {
    const customer = await createUser({ name: "Hana Customer", email: uniqueEmail("hana") });
    const agent = await createUser({ role: "AGENT", name: "Ivan Agent" });
    const [customerCookie, agentCookie] = [await sessionCookie(customer.id), await sessionCookie(agent.id)];
    // Asking for a person hands the chat from the bot to the queue, where the agent can accept it.
    const { conversation } = await (
      await start(
        request("/api/v1/conversations", {
          body: { message: firstMessage("Hello, I need a human") },
          cookie: customerCookie,
        }),
        noParams,
      )
    ).json();
    const id = conversation.id;

    expect(
      (
        await postMessage(
          request(`/x`, { body: firstMessage("early reply"), cookie: agentCookie, locale: "en" }),
          params(id),
        )
      ).status,
    ).toBe(403);
    expect((await accept(request(`/x`, { method: "POST", cookie: agentCookie }), params(id))).status).toBe(200);
    expect((await accept(request(`/x`, { method: "POST", cookie: agentCookie }), params(id))).status).toBe(409);
    await postMessage(
      request(`/x`, { body: { ...firstMessage("Customer is VIP 0"), internal: true }, cookie: agentCookie }),
      params(id),
    );
    const reply = await postMessage(
      request(`/x`, { body: firstMessage("Hi Hana, how can I help?"), cookie: agentCookie }),
      params(id),
    );
    expect(reply.status).toBe(201);

    const page1 = await (
      await messages(request(`/x?afterSeq=0&limit=2`, { cookie: customerCookie }), params(id))
    ).json();
    expect(page1.more).toBe(true);
    const page2 = await (
      await messages(request(`/x?afterSeq=${page1.messages[1].seq}`, { cookie: customerCookie }), params(id))
    ).json();
    const seen = [...page1.messages, ...page2.messages];
    expect(
      seen.map((m: { body: string; authorKind: string }) => (m.authorKind === "BOT" ? "<bot handoff>" : m.body)),
    ).toEqual(["Hello, I need a human", "<bot handoff>", "Ivan Agent joined the chat", "Hi Hana, how can I help?"]);

    const search = await (
      await list(
        request(`/api/v1/conversations?email=${encodeURIComponent(customer.email!.slice(0, 10).toUpperCase())}`, {
          cookie: agentCookie,
        }),
        noParams,
      )
    ).json();
    expect(search.conversations).toHaveLength(1);
    expect(search.conversations[0]).toMatchObject({ id, customerEmail: customer.email });
    const context = await (await getOne(request(`/x`, { cookie: agentCookie }), params(id))).json();
    expect(context.customer).toMatchObject({ name: "Hana Customer", email: customer.email, vipLevel: 0 });

    expect((await rate(request(`/x`, { body: { score: 5 }, cookie: customerCookie }), params(id))).status).toBe(409);
    expect((await close(request(`/x`, { method: "POST", cookie: customerCookie }), params(id))).status).toBe(200);
    const prisma = await getPrisma();
    expect(await prisma.agentProfile.findUniqueOrThrow({ where: { userId: agent.id } })).toMatchObject({
      activeChats: 0,
    });
    expect(
      (await postMessage(request(`/x`, { body: firstMessage("after close"), cookie: customerCookie }), params(id)))
        .status,
    ).toBe(409);

    const stranger = await sessionCookie((await createUser()).id);
    expect((await rate(request(`/x`, { body: { score: 1 }, cookie: stranger }), params(id))).status).toBe(404);
    expect((await rate(request(`/x`, { body: { score: 6 }, cookie: customerCookie }), params(id))).status).toBe(400);
    const rated = await rate(
      request(`/x`, { body: { score: 4, comment: "Quick and kind" }, cookie: customerCookie }),
      params(id),
    );
    expect((await rated.json()).conversation.csat).toBe(4);
    expect((await rate(request(`/x`, { body: { score: 1 }, cookie: customerCookie }), params(id))).status).toBe(409);

    const file = await download(request(`/x`, { cookie: customerCookie, locale: "en" }), params(id));
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="beacon-chat-/);
    const text = await file.text();
    expect(text).toContain("Hi Hana, how can I help?");
    expect(text).toContain("Ivan Agent joined the chat");
    expect(text).not.toContain("Customer is VIP 0");
    expect((await download(request(`/x`, { cookie: stranger }), params(id))).status).toBe(404);

    const mailed = await email(request(`/x`, { method: "POST", cookie: customerCookie, locale: "zh-CN" }), params(id));
    expect(mailed.status).toBe(202);
    const outbox = await prisma.emailOutbox.findFirstOrThrow({
      where: { to: customer.email! },
      orderBy: { createdAt: "desc" },
    });
    expect(outbox.subject).toMatch(/聊天记录/);
    expect(outbox.text).toContain("Hi Hana, how can I help?");
    expect(outbox.text).not.toContain("Customer is VIP 0");
  });
});
