import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { watchServerClose } from "@/lib/realtime/client";
import { ConversationSync } from "@/lib/realtime/conversation-sync";
import type { MessageDto } from "@/lib/contracts/chat";
import { sendMessage } from "@/lib/services/chat/send-message";
import { activeChat, eventually, reconnectingClient, sleep } from "../factories/chat";
import { connectClient, emitAck, startRealtimeServer } from "../helpers/realtime";

let server: Awaited<ReturnType<typeof startRealtimeServer>>;
beforeAll(async () => {
  server = await startRealtimeServer();
});
afterAll(() => server.close());

const uuid = () => crypto.randomUUID();

async function seqsOf(conversationId: string): Promise<number[]> {
  const prisma = await getPrisma();
  const rows = await prisma.message.findMany({
    where: { conversationId },
    orderBy: { seq: "asc" },
    select: { seq: true },
  });
  return rows.map((r) => r.seq);
}

describe("ordering", () => {
  it("gives concurrent messages from both sides a gapless, strictly increasing seq, delivered to the other side", async () => {
    const chat = await activeChat();
    const agent = await connectClient(server.url, { cookie: chat.agentCookie });
    const customer = await connectClient(server.url, { cookie: chat.customerCookie });
    for (const socket of [agent, customer]) {
      expect(
        await emitAck(socket, "conversation.join", { conversationId: chat.conversation.id, afterSeq: 0 }),
      ).toMatchObject({ ok: true });
    }
    const seenByCustomer: MessageDto[] = [];
    customer.on("message.created", ({ message }) => seenByCustomer.push(message));

    const sends = [
      ...Array.from({ length: 40 }, (_, i) =>
        emitAck(agent, "message.send", { conversationId: chat.conversation.id, clientId: uuid(), body: `agent ${i}` }),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        emitAck(customer, "message.send", {
          conversationId: chat.conversation.id,
          clientId: uuid(),
          body: `customer ${i}`,
        }),
      ),
    ];
    const acks = await Promise.all(sends);
    expect(acks.filter((ack) => !ack.ok)).toEqual([]);
    const ackSeqs = acks.map((ack) => (ack as unknown as { message: MessageDto }).message.seq);
    expect(new Set(ackSeqs).size).toBe(45);

    const seqs = await seqsOf(chat.conversation.id);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1)); // system "joined" message is seq 1
    const prisma = await getPrisma();
    const row = await prisma.conversation.findUniqueOrThrow({ where: { id: chat.conversation.id } });
    expect(row.lastSeq).toBe(seqs.length);

    await eventually(() => seenByCustomer.length >= 45, "the customer to receive every message");
    expect(new Set(seenByCustomer.map((m) => m.seq)).size).toBe(45);
    agent.close();
    customer.close();
  });
});

describe("idempotent resend", () => {
  it("returns the stored message for a repeated clientId, sequentially and concurrently, storing it once", async () => {
    const chat = await activeChat();
    const customer = await connectClient(server.url, { cookie: chat.customerCookie });
    const agent = await connectClient(server.url, { cookie: chat.agentCookie });
    const clientId = uuid();
    const input = { conversationId: chat.conversation.id, clientId, body: "Is my deposit lost?" };
    const first = (await emitAck(customer, "message.send", input)) as unknown as { ok: true; message: MessageDto };
    const again = (await emitAck(customer, "message.send", { ...input, body: "changed on retry" })) as unknown as {
      ok: true;
      message: MessageDto;
    };
    expect(again.message).toEqual(first.message);

    const agentClientId = uuid();
    const burst = await Promise.all(
      Array.from({ length: 6 }, () =>
        emitAck(agent, "message.send", {
          conversationId: chat.conversation.id,
          clientId: agentClientId,
          body: "Checking now",
        }),
      ),
    );
    const ids = new Set(burst.map((ack) => (ack as unknown as { message: MessageDto }).message.id));
    expect(ids.size).toBe(1);

    const prisma = await getPrisma();
    expect(
      await prisma.message.count({
        where: { conversationId: chat.conversation.id, clientId: { in: [clientId, agentClientId] } },
      }),
    ).toBe(2);
    // The bot's handoff line and "joined" come first (seq 1, 2), then the two messages, each stored once.
    expect(await seqsOf(chat.conversation.id)).toEqual([1, 2, 3, 4]);

    // Someone else reusing the clientId gets a conflict, not the other person's message.
    const stolen = await emitAck(agent, "message.send", { ...input, body: "not mine" });
    expect(stolen).toMatchObject({ ok: false, code: "CONFLICT" });
    customer.close();
    agent.close();
  });
});

describe("zero message loss", () => {
  it("delivers 1,000 messages across 10 forced disconnects: none lost, none duplicated, in order", async () => {
    const chat = await activeChat();
    const agentSocket = await reconnectingClient(server.url, chat.agentCookie);
    const customerSocket = await reconnectingClient(server.url, chat.customerCookie);
    const agentSync = new ConversationSync(agentSocket, chat.conversation.id, {
      side: "AGENT",
      selfId: chat.agent.id,
      ackTimeoutMs: 2000,
    });
    const customerSync = new ConversationSync(customerSocket, chat.conversation.id, {
      side: "CUSTOMER",
      selfId: chat.customer.id,
      ackTimeoutMs: 2000,
    });
    agentSync.start();
    customerSync.start();
    await eventually(() => agentSync.getSnapshot().joined && customerSync.getSnapshot().joined, "both sides to join");

    const total = 1000;
    for (let i = 0; i < total; i++) agentSync.send({ body: `message ${i}` });

    const agentCount = (sync: ConversationSync) =>
      sync.getSnapshot().messages.filter((m) => m.authorKind === "AGENT").length;
    let disconnects = 0;
    while (disconnects < 10) {
      const target = disconnects % 2 === 0 ? agentSocket : customerSocket;
      await eventually(
        () => target.connected && agentCount(agentSync) >= (disconnects + 1) * 80,
        "progress before the next disconnect",
        30_000,
      );
      target.io.engine.close(); // the network drops; socket.io reconnects by itself
      disconnects++;
      await sleep(15);
    }

    await eventually(() => agentSync.getSnapshot().pending.length === 0, "the agent's outbox to drain", 60_000);
    await eventually(() => agentCount(customerSync) === total, "the customer to have every message", 60_000);

    const prisma = await getPrisma();
    const stored = await prisma.message.findMany({
      where: { conversationId: chat.conversation.id, authorKind: "AGENT" },
      orderBy: { seq: "asc" },
    });
    expect(stored).toHaveLength(total);
    expect(new Set(stored.map((m) => m.clientId)).size).toBe(total);
    expect(stored.map((m) => m.body)).toEqual(Array.from({ length: total }, (_, i) => `message ${i}`));
    const seqs = await seqsOf(chat.conversation.id);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));

    for (const sync of [customerSync, agentSync]) {
      const seen = sync.getSnapshot().messages.filter((m) => m.authorKind === "AGENT");
      expect(seen.map((m) => m.body)).toEqual(stored.map((m) => m.body));
      expect(new Set(seen.map((m) => m.seq)).size).toBe(total);
    }
    expect(agentSync.getSnapshot().pending.filter((p) => p.state === "failed")).toEqual([]);
    agentSync.stop();
    customerSync.stop();
    agentSocket.close();
    customerSocket.close();
  }, 120_000);

  it("keeps what the customer sends while offline and delivers it, in order, when the connection is back", async () => {
    const chat = await activeChat();
    const customerSocket = await reconnectingClient(server.url, chat.customerCookie);
    const sync = new ConversationSync(customerSocket, chat.conversation.id, { side: "CUSTOMER", ackTimeoutMs: 2000 });
    sync.start();
    await eventually(() => sync.getSnapshot().joined, "join");
    customerSocket.io.reconnection(false);
    customerSocket.io.engine.close();
    await eventually(() => !customerSocket.connected, "disconnect");
    sync.send({ body: "typed while offline 1" });
    sync.send({ body: "typed while offline 2" });
    await sleep(100);
    expect(sync.getSnapshot().pending.map((p) => p.state)).toEqual(["sending", "sending"]);
    customerSocket.connect();
    await eventually(() => sync.getSnapshot().pending.length === 0, "the outbox to drain");
    expect(
      sync
        .getSnapshot()
        .messages.filter((m) => m.authorKind === "CUSTOMER")
        .map((m) => m.body),
    ).toEqual(["typed while offline 1", "typed while offline 2"]);
    sync.stop();
    customerSocket.close();
  });

  it("comes back by itself after the server closes every connection (a restart) and fetches what it missed", async () => {
    const chat = await activeChat();
    const socket = watchServerClose(await reconnectingClient(server.url, chat.customerCookie));
    const sync = new ConversationSync(socket, chat.conversation.id, { side: "CUSTOMER", ackTimeoutMs: 2000 });
    sync.start();
    await eventually(() => sync.getSnapshot().joined, "join");
    server.io.local.disconnectSockets(true); // what io.close() does to this server's clients when it shuts down
    await eventually(() => !socket.connected, "the server's disconnect");
    for (let i = 0; i < 5; i++) {
      await sendMessage({
        actor: chat.agent,
        conversationId: chat.conversation.id,
        clientId: crypto.randomUUID(),
        body: `while you were away ${i}`,
      });
    }
    await eventually(
      () => sync.getSnapshot().messages.filter((m) => m.authorKind === "AGENT").length === 5,
      "the missed messages",
      15_000,
    );
    expect(socket.connected).toBe(true);
    sync.stop();
    socket.close();
  });
});
