import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@/lib/config";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { WebhookEvent } from "@/lib/contracts/webhook";
import { closeConversation } from "@/lib/services/chat/close-conversation";
import { acceptConversation } from "@/lib/services/chat/accept-conversation";
import { rateConversation } from "@/lib/services/chat/rate-conversation";
import { sendMessage } from "@/lib/services/chat/send-message";
import { updateTicket } from "@/lib/services/tickets/update-ticket";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";
import { sendWebhooks } from "@/lib/services/webhooks/send-webhooks";
import { verifyWebhook } from "@/lib/webhooks/signature";
import {
  createWebhookEndpoint,
  findWebhookDeliveries,
  replayWebhookDelivery,
  rotateWebhookSecret,
} from "@/lib/services/webhooks/webhooks-admin";
import { queuedChat } from "../factories/chat";
import { fileTicket } from "../factories/tickets";
import { createActor } from "../factories/users";
import { startReceiver } from "../helpers/webhook-receiver";

let admin: Actor;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let answer = 200;
const endpointIds: string[] = [];

beforeAll(async () => {
  admin = await createActor({ role: "ADMIN" });
  receiver = await startReceiver(() => answer);
});
afterEach(() => {
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  loadConfig(); // the configuration is parsed once; read the change
  answer = 200;
});
// Other test files share a PostgreSQL database: stop listening for their events.
afterAll(async () => {
  await (await getPrisma()).webhookEndpoint.updateMany({ where: { id: { in: endpointIds } }, data: { active: false } });
  await receiver.close();
});

async function subscribe(events: WebhookEvent[]) {
  process.env.WEBHOOK_ALLOW_PRIVATE = "1";
  loadConfig(); // the configuration is parsed once; read the change
  const made = await createWebhookEndpoint({
    actor: admin,
    input: { url: receiver.url, description: "", events, active: true },
  });
  endpointIds.push(made.endpoint.id);
  return made;
}

const mine = async (endpointId: string) =>
  (await getPrisma()).webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: "asc" } });
const send = async (endpointId: string, now?: Date) =>
  sendWebhooks({ ids: (await mine(endpointId)).map((d) => d.id), now });

describe("webhooks", () => {
  it("refuses loopback and private URLs unless the operator allows them", async () => {
    for (const url of [
      "http://127.0.0.1:9/x",
      "http://10.1.2.3/x",
      "http://[::1]/x",
      "http://169.254.169.254/latest",
      "http://localhost:9/x",
    ]) {
      await expect(
        createWebhookEndpoint({
          actor: admin,
          input: { url, description: "", events: ["ticket.created"], active: true },
        }),
      ).rejects.toMatchObject({
        code: "VALIDATION_FAILED",
        fields: { url: "exchange.urlPrivate" },
      });
    }
    const allowed = await subscribe(["ticket.created"]);
    expect(allowed.secret).toMatch(/^whsec_/);
  });

  it("delivers a signed event from the outbox: delivery id, timestamp and an HMAC over both that the receiver verifies", async () => {
    const { endpoint, secret } = await subscribe(["ticket.created", "ticket.solved"]);
    const customer = await createActor();
    const ticket = await fileTicket(customer);
    const [delivery] = await mine(endpoint.id);
    expect(delivery).toMatchObject({ event: "ticket.created", status: "PENDING" });

    const before = receiver.received.length;
    expect(await send(endpoint.id)).toEqual({ sent: 1, retry: 0, failed: 0 });
    const got = receiver.received.slice(before);
    expect(got).toHaveLength(1);
    const { headers, body } = got[0];
    expect(headers["beacon-delivery-id"]).toBe(delivery.id);
    expect(headers["beacon-event"]).toBe("ticket.created");
    expect(verifyWebhook(secret, String(headers["beacon-signature"]), String(headers["beacon-timestamp"]), body)).toBe(
      true,
    );
    expect(
      verifyWebhook("whsec_wrong", String(headers["beacon-signature"]), String(headers["beacon-timestamp"]), body),
    ).toBe(false);
    expect(JSON.parse(body)).toMatchObject({
      id: delivery.id,
      event: "ticket.created",
      data: { ticket: { ref: ticket.ref, status: "NEW" } },
    });

    const agent = await createActor({ role: "AGENT" });
    await updateTicket({ actor: agent, number: ticket.number, changes: { status: "SOLVED" } });
    expect((await mine(endpoint.id)).map((d) => d.event)).toEqual(["ticket.created", "ticket.solved"]);
    const [log] = await findWebhookDeliveries({ actor: admin, endpointId: endpoint.id, take: 5 }).then((rows) =>
      rows.filter((r) => r.id === delivery.id),
    );
    expect(log).toMatchObject({ status: "SENT", lastStatusCode: 200, attempts: 1 });
  });

  it("retries with backoff under the same delivery id, gives up after a day, and an admin can replay it", async () => {
    const { endpoint } = await subscribe(["ticket.created"]);
    await fileTicket(await createActor());
    answer = 503;
    process.env.WEBHOOK_ALLOW_PRIVATE = "1";
    loadConfig(); // the configuration is parsed once; read the change
    expect(await send(endpoint.id)).toEqual({ sent: 0, retry: 1, failed: 0 });
    const [failed] = await mine(endpoint.id);
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 503 });
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 10_000);
    expect(await send(endpoint.id)).toEqual({ sent: 0, retry: 0, failed: 0 });

    answer = 200;
    const before = receiver.received.length;
    expect(await send(endpoint.id, new Date(Date.now() + 60_000))).toEqual({ sent: 1, retry: 0, failed: 0 });
    expect(receiver.received.slice(before).map((r) => r.headers["beacon-delivery-id"])).toEqual([failed.id]);
    const prisma = await getPrisma();
    expect(
      (await prisma.webhookAttempt.findMany({ where: { deliveryId: failed.id }, orderBy: { createdAt: "asc" } })).map(
        (a) => a.statusCode,
      ),
    ).toEqual([503, 200]);

    // A day of failures: FAILED; the replay sends the same delivery again.
    await fileTicket(await createActor());
    const [, second] = await mine(endpoint.id);
    await prisma.webhookDelivery.update({
      where: { id: second.id },
      data: { retryUntil: new Date(Date.now() + 1000) },
    });
    answer = 500;
    expect(await send(endpoint.id)).toEqual({ sent: 0, retry: 0, failed: 1 });
    answer = 200;
    await replayWebhookDelivery({ actor: admin, deliveryId: second.id });
    expect(await send(endpoint.id)).toEqual({ sent: 1, retry: 0, failed: 0 });
  });

  it("sends each delivery once when several workers (instances) claim at the same time", async () => {
    const { endpoint } = await subscribe(["ticket.created"]);
    const prisma = await getPrisma();
    await prisma.$transaction(async (tx) => {
      for (let i = 0; i < 12; i++) await enqueueWebhook(tx, "ticket.created", { ticket: { ref: `BCN-${i}` } });
    });
    const ids = (await mine(endpoint.id)).map((d) => d.id);
    const before = receiver.received.length;
    const runs = await Promise.all([
      sendWebhooks({ ids, limit: 4 }),
      sendWebhooks({ ids, limit: 4 }),
      sendWebhooks({ ids, limit: 4 }),
    ]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(12);
    const got = receiver.received.slice(before).map((r) => String(r.headers["beacon-delivery-id"]));
    expect(new Set(got).size).toBe(12);
    expect(got).toHaveLength(12);
  });

  it("signs with both secrets while a rotation is under way", async () => {
    const { endpoint, secret: old } = await subscribe(["ticket.created"]);
    const { secret: fresh } = await rotateWebhookSecret({ actor: admin, endpointId: endpoint.id });
    await fileTicket(await createActor());
    const before = receiver.received.length;
    process.env.WEBHOOK_ALLOW_PRIVATE = "1";
    loadConfig(); // the configuration is parsed once; read the change
    await send(endpoint.id);
    const { headers, body } = receiver.received[before];
    expect(String(headers["beacon-signature"]).split(",")).toHaveLength(2);
    for (const secret of [old, fresh])
      expect(
        verifyWebhook(secret, String(headers["beacon-signature"]), String(headers["beacon-timestamp"]), body),
      ).toBe(true);
  });

  it("refuses a private address at send time too, and writes nothing when the change rolls back", async () => {
    const { endpoint } = await subscribe(["ticket.created"]);
    await fileTicket(await createActor());
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
    loadConfig(); // the configuration is parsed once; read the change
    await send(endpoint.id);
    const [refused] = await mine(endpoint.id);
    expect(refused.lastError).toContain("refused private address");

    const prisma = await getPrisma();
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueWebhook(tx, "ticket.created", { ticket: { ref: "BCN-0" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await mine(endpoint.id)).toHaveLength(1);
  });

  it("queues chat events: queued, assigned, message, closed and the rating", async () => {
    const { endpoint } = await subscribe([
      "chat.queued",
      "chat.assigned",
      "chat.closed",
      "message.created",
      "rating.received",
    ]);
    const customer = await createActor();
    const conversation = await queuedChat(customer, "I cannot log in");
    const agent = await createActor({ role: "AGENT" });
    await acceptConversation({ actor: agent, conversationId: conversation.id });
    await sendMessage({
      actor: agent,
      conversationId: conversation.id,
      clientId: "c-1",
      body: "Looking into it",
      internal: true,
      attachmentIds: [],
    });
    await closeConversation({ actor: agent, conversationId: conversation.id });
    await rateConversation({ actor: customer, conversationId: conversation.id, score: 5 });
    const events = (await mine(endpoint.id)).map((d) => d.event);
    expect(events).toContain("chat.queued");
    expect(events.filter((e) => e === "chat.assigned")).toHaveLength(1);
    expect(events.slice(-2)).toEqual(["chat.closed", "rating.received"]);
    const bodies = (await mine(endpoint.id)).map((d) => d.body).join("\n");
    expect(bodies).not.toContain("Looking into it");
  });

  it("queues message.created for every public text message a customer or agent sends, and none for a note", async () => {
    const { endpoint } = await subscribe(["message.created"]);
    const customer = await createActor();
    const conversation = await queuedChat(customer, "My deposit has not arrived");
    const agent = await createActor({ role: "AGENT" });
    await acceptConversation({ actor: agent, conversationId: conversation.id });
    const before = (await mine(endpoint.id)).length;
    const sent = await Promise.all([
      sendMessage({ actor: customer, conversationId: conversation.id, clientId: "w-1", body: "It was 2 BTC" }),
      sendMessage({ actor: agent, conversationId: conversation.id, clientId: "w-2", body: "Checking the chain now" }),
      sendMessage({ actor: agent, conversationId: conversation.id, clientId: "w-3", body: "VIP", internal: true }),
    ]);
    const bodies = (await mine(endpoint.id)).slice(before).map((d) => JSON.parse(d.body));
    expect(bodies.map((b) => b.data.message.body).sort()).toEqual(["Checking the chain now", "It was 2 BTC"]);
    const byCustomer = bodies.find((b) => b.data.message.body === "It was 2 BTC");
    expect(byCustomer).toMatchObject({
      event: "message.created",
      data: {
        message: { id: sent[0].id, conversationId: conversation.id, seq: sent[0].seq, authorKind: "CUSTOMER" },
      },
    });
    expect(byCustomer.data.message.createdAt).toBe(sent[0].createdAt);
    expect(new Date(byCustomer.occurredAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    await send(endpoint.id);
    const delivered = receiver.received.filter((r) => bodies.some((b) => b.id === JSON.parse(r.body).id));
    expect(delivered).toHaveLength(2);
  });
});
