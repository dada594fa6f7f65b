import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGuestToken } from "@/lib/auth/guest-token";
import { getPrisma } from "@/lib/db/client";
import type { MessageDto } from "@/lib/contracts/chat";
import { activeChat, sleep } from "../factories/chat";
import { createGuest, createUser, sessionCookie } from "../factories/users";
import { connectClient, emitAck, startRealtimeServer } from "../helpers/realtime";

let server: Awaited<ReturnType<typeof startRealtimeServer>>;
beforeAll(async () => {
  server = await startRealtimeServer();
});
afterAll(() => server.close());

const uuid = () => crypto.randomUUID();

describe("who may see what", () => {
  it("refuses a customer who joins, writes to or types in someone else's conversation, logs it, and stores nothing", async () => {
    const chat = await activeChat();
    const intruder = await createUser();
    const socket = await connectClient(server.url, { cookie: await sessionCookie(intruder.id) });
    const guest = await createGuest();
    const guestSocket = await connectClient(server.url, { guestToken: createGuestToken(guest.id) });
    const conversationId = chat.conversation.id;

    for (const s of [socket, guestSocket]) {
      expect(await emitAck(s, "conversation.join", { conversationId, afterSeq: 0 })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
      expect(await emitAck(s, "message.send", { conversationId, clientId: uuid(), body: "let me in" })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
      expect(await emitAck(s, "typing.set", { conversationId, typing: true })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
      expect(await emitAck(s, "conversation.close", { conversationId })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
      expect(await emitAck(s, "conversation.accept", { conversationId })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    const rooms = await server.io.in(`conversation:${conversationId}`).fetchSockets();
    expect(rooms.map((r) => r.data.actor.id)).not.toContain(intruder.id);

    const prisma = await getPrisma();
    expect(await prisma.message.count({ where: { conversationId, body: "let me in" } })).toBe(0);
    const audits = await prisma.auditEvent.findMany({
      where: { actorId: { in: [intruder.id, guest.id] }, action: "conversation.access_refused" },
    });
    expect(audits.length).toBeGreaterThanOrEqual(4);
    expect(audits[0]).toMatchObject({ targetType: "Conversation", targetId: conversationId });
    socket.close();
    guestSocket.close();
  });

  it("never lets an internal note reach the customer: not live, not in the history, not by reusing its clientId", async () => {
    const chat = await activeChat();
    const conversationId = chat.conversation.id;
    const customer = await connectClient(server.url, { cookie: chat.customerCookie });
    const agent = await connectClient(server.url, { cookie: chat.agentCookie });
    const colleague = await createUser({ role: "AGENT" });
    const watcher = await connectClient(server.url, { cookie: await sessionCookie(colleague.id) });
    for (const s of [customer, agent, watcher]) await emitAck(s, "conversation.join", { conversationId, afterSeq: 0 });

    const customerSaw: MessageDto[] = [];
    const watcherSaw: MessageDto[] = [];
    customer.on("message.created", ({ message }) => customerSaw.push(message));
    watcher.on("message.created", ({ message }) => watcherSaw.push(message));

    const noteId = uuid();
    const note = await emitAck(agent, "message.send", {
      conversationId,
      clientId: noteId,
      body: "VIP, check withdrawal whitelist",
      internal: true,
    });
    expect(note).toMatchObject({ ok: true, message: { internal: true } });
    // A colleague who is not the assignee may add a note too, but not reply publicly.
    expect(
      await emitAck(watcher, "message.send", { conversationId, clientId: uuid(), body: "agreed", internal: true }),
    ).toMatchObject({ ok: true });
    expect(
      await emitAck(watcher, "message.send", { conversationId, clientId: uuid(), body: "hello from me" }),
    ).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await emitAck(agent, "message.send", { conversationId, clientId: uuid(), body: "Public reply" });
    await sleep(300);

    expect(customerSaw.map((m) => m.body)).toEqual(["Public reply"]);
    expect(watcherSaw.map((m) => m.body)).toEqual(["VIP, check withdrawal whitelist", "agreed", "Public reply"]);
    const history = (await emitAck(customer, "conversation.join", { conversationId, afterSeq: 0 })) as unknown as {
      messages: MessageDto[];
    };
    expect(history.messages.some((m) => m.internal)).toBe(false);
    expect(history.messages.map((m) => m.body)).toContain("Public reply");

    expect(await emitAck(customer, "message.send", { conversationId, clientId: noteId, body: "x" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(
      await emitAck(customer, "message.send", { conversationId, clientId: uuid(), body: "x", internal: true }),
    ).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    for (const s of [customer, agent, watcher]) s.close();
  });
});

describe("flood control", () => {
  it("allows a burst of 5 a second and 60 a minute per customer; beyond that an error and nothing stored", async () => {
    const chat = await activeChat();
    const conversationId = chat.conversation.id;
    const customer = await connectClient(server.url, { cookie: chat.customerCookie });
    const send = (body: string) => emitAck(customer, "message.send", { conversationId, clientId: uuid(), body });

    const burst = await Promise.all(Array.from({ length: 7 }, (_, i) => send(`burst ${i}`)));
    expect(burst.filter((r) => r.ok)).toHaveLength(5);
    const refused = burst.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false, code: "RATE_LIMITED" });

    // Keep to 5 a second: the minute allows 60 in all.
    let accepted = 5;
    let limited = false;
    for (let second = 0; second < 14 && !limited; second++) {
      await sleep(1050);
      for (const result of await Promise.all(Array.from({ length: 5 }, (_, i) => send(`steady ${second}.${i}`)))) {
        if (result.ok) accepted++;
        else limited = true;
      }
    }
    expect(limited).toBe(true);
    expect(accepted).toBe(60);
    const prisma = await getPrisma();
    expect(await prisma.message.count({ where: { conversationId, authorKind: "CUSTOMER" } })).toBe(accepted);
    customer.close();
  }, 40_000);
});

describe("bad input", () => {
  it("answers an empty, an oversized, an unknown-conversation and a bad-attachment message with a clear error, storing nothing", async () => {
    const chat = await activeChat();
    const conversationId = chat.conversation.id;
    const customer = await connectClient(server.url, { cookie: chat.customerCookie });
    const prisma = await getPrisma();
    const before = await prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } });

    expect(await emitAck(customer, "message.send", { conversationId, clientId: uuid(), body: "   " })).toMatchObject({
      ok: false,
      code: "VALIDATION_FAILED",
      fields: { body: expect.any(String) },
    });
    expect(
      await emitAck(customer, "message.send", { conversationId, clientId: uuid(), body: "x".repeat(5001) }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION_FAILED",
      fields: { body: expect.stringContaining("5000") },
    });
    expect(
      await emitAck(customer, "message.send", { conversationId: "nope", clientId: uuid(), body: "hi" }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await emitAck(customer, "message.send", { conversationId, clientId: "x", body: "hi" })).toMatchObject({
      ok: false,
      code: "VALIDATION_FAILED",
    });

    // Someone else's upload, an unknown id, and an upload already sent cannot be attached.
    const other = await createUser();
    const foreign = await prisma.attachment.create({
      data: {
        filename: "a.png",
        mimeType: "image/png",
        size: 1,
        sha256: "x",
        data: Buffer.from([1]),
        uploaderId: other.id,
      },
    });
    for (const attachmentIds of [[foreign.id], ["missing"]]) {
      expect(
        await emitAck(customer, "message.send", { conversationId, clientId: uuid(), body: "see file", attachmentIds }),
      ).toMatchObject({
        ok: false,
        code: "BAD_REQUEST",
      });
    }
    const mine = await prisma.attachment.create({
      data: {
        filename: "b.png",
        mimeType: "image/png",
        size: 1,
        sha256: "x",
        data: Buffer.from([1]),
        uploaderId: chat.customer.id,
      },
    });
    expect(
      await emitAck(customer, "message.send", { conversationId, clientId: uuid(), body: "", attachmentIds: [mine.id] }),
    ).toMatchObject({
      ok: true,
      message: { attachments: [{ id: mine.id, mimeType: "image/png" }] },
    });
    expect(
      await emitAck(customer, "message.send", {
        conversationId,
        clientId: uuid(),
        body: "again",
        attachmentIds: [mine.id],
      }),
    ).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
    });

    const after = await prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(after.lastSeq).toBe(before.lastSeq + 1); // only the valid message took a seq
    expect(await prisma.message.count({ where: { conversationId } })).toBe(after.lastSeq);
    expect(await prisma.attachment.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ messageId: null });
    customer.close();
  });
});
