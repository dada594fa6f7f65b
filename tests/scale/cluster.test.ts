// Scale-out on the local PostgreSQL and Redis (runs when TEST_DATABASE_URL and REDIS_URL are set): two real
// instances of server.ts (production build) behind Debian's nginx, as in docs/deployment.md.
import { execSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BeaconClientSocket } from "@/lib/realtime/client";
import type { MessageDto } from "@/lib/contracts/chat";
import { startCluster } from "../../scripts/cluster.mjs";
import { createUser, FACTORY_PASSWORD } from "../factories/users";
import { ack, next, openSocket, signIn, startGuestChat, Transcript } from "./helpers";

type Cluster = Awaited<ReturnType<typeof startCluster>>;
let cluster: Cluster;
let a: string;
let b: string;
const sockets: BeaconClientSocket[] = [];
const open = async (base: string, cookie: string) => {
  const socket = await openSocket(base, cookie);
  sockets.push(socket);
  return socket;
};

beforeAll(async () => {
  // Failover mode: the balancer sends everyone to instance A while it lives, then to B — so "the instance the
  // customer is on dies" is deterministic.
  cluster = await startCluster({
    port: 3820,
    failover: true,
    quiet: true,
    // The file's own scratch database (tests/helpers/setup.ts), where the factories write too.
    env: {
      DATABASE_URL: process.env.DATABASE_URL,
      REDIS_URL: process.env.REDIS_URL,
      SEED_DEMO: "1",
      LOG_LEVEL: "error",
    },
  });
  [a, b] = cluster.instances.map((instance) => `http://127.0.0.1:${instance.port}`);
}, 180_000);

afterAll(async () => {
  sockets.forEach((socket) => socket.close());
  await cluster?.stop();
}, 60_000);

/** A guest on instance `customerBase` and an agent on `agentBase`, in one accepted conversation. */
async function conversationAcross(customerBase: string, agentBase: string) {
  // A fresh agent each time: capacity left over from earlier runs on the same database cannot get in the way.
  const fresh = await createUser({ role: "AGENT", name: "Scale Agent", teamSlugs: ["general"] });
  const agentCookie = await signIn(agentBase, fresh.email!, FACTORY_PASSWORD);
  const agent = await open(agentBase, agentCookie);
  const queued = next<{ kind: string; entries?: { conversationId: string }[] }>(
    agent,
    "queue.updated",
    (p) => p.kind === "queue" && p.entries!.length > 0,
  );
  const { conversationId, cookie } = await startGuestChat(customerBase);
  const customer = await open(customerBase, cookie);
  const customerView = new Transcript();
  customer.on("message.created", ({ message }) => customerView.add([message]));
  const joined = await ack(customer, "conversation.join", { conversationId, afterSeq: 0 });
  expect(joined.ok).toBe(true);
  customerView.add((joined as unknown as { messages: MessageDto[] }).messages);

  expect((await queued).entries!.some((entry) => entry.conversationId === conversationId)).toBe(true);
  const activated = next<{ conversation: { id: string; status: string } }>(
    customer,
    "conversation.updated",
    (p) => p.conversation.status === "ACTIVE",
  );
  expect(await ack(agent, "conversation.accept", { conversationId })).toMatchObject({ ok: true });
  await activated;
  expect(await ack(agent, "conversation.join", { conversationId, afterSeq: 0 })).toMatchObject({ ok: true });
  return { conversationId, agent, customer, customerView };
}

describe("two instances on PostgreSQL and Redis", () => {
  it("carry queue updates, messages, typing and read receipts between a customer on A and an agent on B", async () => {
    const { conversationId, agent, customer, customerView } = await conversationAcross(a, b);

    const atAgent = next<{ message: MessageDto }>(
      agent,
      "message.created",
      (p) => p.message.body === "my deposit is missing",
    );
    expect(
      await ack(customer, "message.send", { conversationId, clientId: "scale-c-1", body: "my deposit is missing" }),
    ).toMatchObject({ ok: true });
    const received = await atAgent;

    const atCustomer = next<{ message: MessageDto }>(
      customer,
      "message.created",
      (p) => p.message.body === "let me check the chain",
    );
    await ack(agent, "message.send", { conversationId, clientId: "scale-a-1", body: "let me check the chain" });
    await atCustomer;
    expect(customerView.bodies()).toContain("let me check the chain");

    const typing = next<{ typing: boolean; side: string }>(
      customer,
      "typing.changed",
      (p) => p.side === "AGENT" && p.typing,
    );
    await ack(agent, "typing.set", { conversationId, typing: true });
    await typing;

    const read = next<{ seq: number; side: string }>(agent, "read.changed", (p) => p.side === "CUSTOMER");
    await ack(customer, "conversation.read", { conversationId, seq: received.message.seq + 1 });
    expect((await read).seq).toBe(received.message.seq + 1);
  }, 60_000);

  it("lose nothing when the customer's instance dies: the socket reconnects through the balancer to B", async () => {
    // The customer comes through the balancer, so is on A; the agent is on B.
    const { conversationId, agent, customer, customerView } = await conversationAcross(cluster.url, b);
    for (let i = 1; i <= 5; i++)
      await ack(customer, "message.send", { conversationId, clientId: `before-${i}`, body: `before ${i}` });

    const gone = new Promise((resolve) => customer.once("disconnect", resolve));
    await cluster.stopInstance(cluster.instances[0], "SIGKILL");
    await gone;
    // While the customer is away, the agent (on B) keeps writing.
    for (let i = 1; i <= 5; i++)
      await ack(agent, "message.send", { conversationId, clientId: `during-${i}`, body: `during ${i}` });

    if (!customer.connected) await new Promise<void>((resolve) => customer.once("connect", () => resolve()));
    const rejoined = await ack(customer, "conversation.join", { conversationId, afterSeq: customerView.lastSeq });
    expect(rejoined.ok).toBe(true);
    customerView.add((rejoined as unknown as { messages: MessageDto[] }).messages);
    // The customer resends what it may not have had acked, with the same clientIds: stored once.
    for (let i = 1; i <= 5; i++)
      await ack(customer, "message.send", { conversationId, clientId: `before-${i}`, body: `before ${i}` });
    const history = await ack(customer, "conversation.join", { conversationId, afterSeq: 0 });
    const all = (history as unknown as { messages: MessageDto[] }).messages;
    customerView.add(all);

    const bodies = all.map((m) => m.body);
    for (let i = 1; i <= 5; i++) {
      expect(bodies.filter((body) => body === `before ${i}`)).toHaveLength(1);
      expect(customerView.bodies()).toContain(`during ${i}`);
    }
    expect(all.map((m) => m.seq)).toEqual(all.map((_, index) => index + 1)); // gapless, no duplicates

    await cluster.start(cluster.instances[0]);
  }, 90_000);

  it("recover by themselves when Redis restarts, with every message kept in PostgreSQL", async () => {
    const { conversationId, agent, customer } = await conversationAcross(a, b);
    execSync("redis-cli -p 6379 shutdown nosave || true", { stdio: "ignore" });
    // The database still takes messages while Redis is away.
    expect(
      await ack(customer, "message.send", {
        conversationId,
        clientId: "redis-down-1",
        body: "sent while Redis was down",
      }),
    ).toMatchObject({ ok: true });
    execSync(
      'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log',
      { stdio: "ignore" },
    );

    // Live delivery between the instances comes back without restarting them.
    let delivered = false;
    for (let attempt = 0; attempt < 90 && !delivered; attempt++) {
      const body = `after restart ${attempt}`;
      const seen = next(agent, "message.created", (p: { message: MessageDto }) => p.message.body === body, 1000).then(
        () => true,
        () => false,
      );
      await ack(customer, "message.send", { conversationId, clientId: `redis-up-${attempt}`, body });
      delivered = await seen;
    }
    expect(delivered).toBe(true);
    const history = await ack(agent, "conversation.join", { conversationId, afterSeq: 0 });
    expect((history as unknown as { messages: MessageDto[] }).messages.map((m) => m.body)).toContain(
      "sent while Redis was down",
    );
  }, 180_000);
});
