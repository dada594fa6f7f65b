import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@/lib/config";
import { POST as runOnChat } from "@/app/api/v1/conversations/[conversationId]/account-actions/route";
import { POST as caseUpdateOnChat } from "@/app/api/v1/conversations/[conversationId]/case-updates/route";
import { POST as runOnTicket } from "@/app/api/v1/tickets/[ticketNumber]/account-actions/route";
import { POST as caseUpdateOnTicket } from "@/app/api/v1/tickets/[ticketNumber]/case-updates/route";
import { toActor, type Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { acceptConversation } from "@/lib/services/chat/accept-conversation";
import { closeConversation } from "@/lib/services/chat/close-conversation";
import { findMessages } from "@/lib/services/chat/find-messages";
import { createAccountAction } from "@/lib/services/account-actions/actions-admin";
import { getTicket } from "@/lib/services/tickets/get-ticket";
import { updateTicket } from "@/lib/services/tickets/update-ticket";
import { verifyWebhook } from "@/lib/webhooks/signature";
import { queuedChat } from "../factories/chat";
import { createTopic, fileTicket } from "../factories/tickets";
import { createActor, createUser, sessionCookie } from "../factories/users";
import { request, withParams } from "../helpers/http";
import { startReceiver } from "../helpers/webhook-receiver";

let admin: Actor;
let exchange: Awaited<ReturnType<typeof startReceiver>>;
let answer = 200;
let action: { id: string };
let secret = "";

beforeAll(async () => {
  admin = await createActor({ role: "ADMIN" });
  exchange = await startReceiver(() => answer);
  process.env.WEBHOOK_ALLOW_PRIVATE = "1";
  loadConfig(); // the configuration is parsed once; read the change
  const made = await createAccountAction({
    actor: admin,
    input: {
      key: `freeze-${randomUUID().slice(0, 6)}`,
      name: { en: "Freeze account", "zh-CN": "冻结账户" },
      notice: { en: "Your account was frozen", "zh-CN": "您的账户已被冻结" },
      url: exchange.url,
      active: true,
    },
  });
  action = made.action;
  secret = made.secret;
});
afterEach(() => (answer = 200));
afterAll(async () => {
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  loadConfig(); // the configuration is parsed once; read the change
  await exchange.close();
});

/** An urgent chat of a customer the exchange knows, accepted by an agent. */
async function urgentChat() {
  const prisma = await getPrisma();
  const { topic } = await createTopic({ priority: "URGENT" });
  const row = await createUser({ name: "Hacked Harry", locale: "zh-CN" });
  await prisma.user.update({
    where: { id: row.id },
    data: { externalId: `ex-${randomUUID().slice(0, 8)}`, uid: "UID-42" },
  });
  const customer = toActor(row);
  const agent = await createActor({ role: "AGENT", name: "Sec Agent" });
  const conversation = await queuedChat(customer);
  await prisma.conversation.update({
    where: { id: conversation.id },
    data: { priority: "URGENT", topicId: topic.id, teamId: topic.teamId },
  });
  await acceptConversation({ actor: agent, conversationId: conversation.id });
  return { customer, agent, conversationId: conversation.id, cookie: await sessionCookie(agent.id) };
}

const run = (conversationId: string, cookie: string, body: object = { actionId: action.id, confirm: true }) =>
  runOnChat(
    request(`/api/v1/conversations/${conversationId}/account-actions`, { body, cookie, locale: "en" }),
    withParams({ conversationId }),
  );

describe("account actions", () => {
  it("an agent on an urgent chat freezes the account: a signed call, the customer's notice in their language, the audit log", async () => {
    const { customer, conversationId, cookie } = await urgentChat();
    const refused = await run(conversationId, cookie, { actionId: action.id });
    expect(refused.status).toBe(400);

    const before = exchange.received.length;
    const response = await run(conversationId, cookie);
    expect(response.status).toBe(200);
    expect((await response.json()).run).toMatchObject({ status: "SUCCEEDED", statusCode: 200 });
    const [call] = exchange.received.slice(before);
    expect(
      verifyWebhook(
        secret,
        String(call.headers["beacon-signature"]),
        String(call.headers["beacon-timestamp"]),
        call.body,
      ),
    ).toBe(true);
    expect(JSON.parse(call.body)).toMatchObject({
      customer: { uid: "UID-42" },
      case: { kind: "chat" },
      requestedBy: { name: "Sec Agent" },
    });

    const { messages } = await findMessages({ actor: customer, conversationId, afterSeq: 0, limit: 50 });
    const notice = messages.find((m) => (m.meta as { event?: string } | null)?.event === "account_action");
    expect(notice?.meta).toMatchObject({
      notice: { "zh-CN": "您的账户已被冻结", en: "Your account was frozen" },
      at: expect.any(String),
    });
    const prisma = await getPrisma();
    expect(await prisma.auditEvent.count({ where: { action: "accountAction.succeeded", targetId: customer.id } })).toBe(
      1,
    );
  });

  it("the exchange's error lands as an agents-only note, never as a customer notice", async () => {
    const { customer, agent, conversationId, cookie } = await urgentChat();
    answer = 422;
    const { run: result } = await (await run(conversationId, cookie)).json();
    expect(result).toMatchObject({ status: "FAILED", statusCode: 422 });
    const forCustomer = await findMessages({ actor: customer, conversationId, afterSeq: 0, limit: 50 });
    expect(forCustomer.messages.some((m) => m.body.includes("failed on the exchange"))).toBe(false);
    const forAgent = await findMessages({ actor: agent, conversationId, afterSeq: 0, limit: 50 });
    expect(forAgent.messages.find((m) => m.internal)?.body).toContain("“Freeze account” failed on the exchange (422)");
  });

  it("is refused on a non-urgent case, to another agent, and for a customer the exchange does not know", async () => {
    const { conversationId } = await urgentChat();
    const other = await createUser({ role: "AGENT" });
    expect((await run(conversationId, await sessionCookie(other.id))).status).toBe(403);
    const customer = await createActor();
    const agent = await createActor({ role: "AGENT" });
    const plain = await queuedChat(customer);
    await acceptConversation({ actor: agent, conversationId: plain.id });
    const normal = await run(plain.id, await sessionCookie(agent.id));
    expect(await normal.json()).toMatchObject({ error: { message: "Account actions are for urgent cases only." } });
    const prisma = await getPrisma();
    await prisma.conversation.update({ where: { id: plain.id }, data: { priority: "URGENT" } });
    expect((await (await run(plain.id, await sessionCookie(agent.id))).json()).error.message).toContain(
      "not linked to an exchange account",
    );
  });

  it("case updates reach the customer on the chat (also after it closed) and on the ticket's tracking page", async () => {
    const { customer, agent, conversationId, cookie } = await urgentChat();
    await closeConversation({ actor: agent, conversationId });
    const posted = await caseUpdateOnChat(
      request(`/api/v1/conversations/${conversationId}/case-updates`, {
        body: { body: "We traced the login to a phishing site." },
        cookie,
      }),
      withParams({ conversationId }),
    );
    expect(posted.status).toBe(201);
    const { messages } = await findMessages({ actor: customer, conversationId, afterSeq: 0, limit: 50 });
    expect(messages.at(-1)?.meta).toMatchObject({
      event: "case_update",
      name: "Sec Agent",
      body: "We traced the login to a phishing site.",
    });

    const ticket = await fileTicket(customer, { topic: (await createTopic({ priority: "URGENT" })).topic.slug });
    await updateTicket({ actor: agent, number: ticket.number, changes: { assigneeId: agent.id } });
    const ref = ticket.ref;
    const update = await caseUpdateOnTicket(
      request(`/api/v1/tickets/${ref}/case-updates`, { body: { body: "Funds are safe; new 2FA set." }, cookie }),
      withParams({ ticketNumber: ref }),
    );
    expect(update.status).toBe(201);
    const ran = await runOnTicket(
      request(`/api/v1/tickets/${ref}/account-actions`, { body: { actionId: action.id, confirm: true }, cookie }),
      withParams({ ticketNumber: ref }),
    );
    expect((await ran.json()).run.status).toBe("SUCCEEDED");
    const seen = await getTicket({ actor: customer, number: ticket.number });
    const kinds = seen.entries.map((e) => [e.kind, e.event?.type ?? null, e.body]);
    expect(kinds).toContainEqual(["REPLY", "caseUpdate", "Funds are safe; new 2FA set."]);
    expect(seen.entries.find((e) => e.event?.type === "accountAction")?.event?.notice).toMatchObject({
      notice: { en: "Your account was frozen" },
    });
  });
});
