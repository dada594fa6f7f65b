import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGuestToken } from "@/lib/auth/guest-token";
import { getPrisma } from "@/lib/db/client";
import { connectClient, emitAck, startRealtimeServer } from "../helpers/realtime";
import { createGuest, createUser, sessionCookie } from "../factories/users";

let server: Awaited<ReturnType<typeof startRealtimeServer>>;
beforeAll(async () => {
  server = await startRealtimeServer();
});
afterAll(() => server.close());

describe("socket handshake", () => {
  it("refuses a socket without a session or guest token", async () => {
    await expect(connectClient(server.url)).rejects.toThrow("UNAUTHENTICATED");
  });

  it("refuses a forged session cookie", async () => {
    await expect(connectClient(server.url, { cookie: "next-auth.session-token=forged" })).rejects.toThrow(
      "UNAUTHENTICATED",
    );
  });

  it("refuses a foreign Origin even with a valid session", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    await expect(connectClient(server.url, { cookie, origin: "https://evil.example" })).rejects.toThrow();
    const own = await connectClient(server.url, { cookie, origin: server.url });
    expect(own.connected).toBe(true);
    own.close();
  });

  it("accepts a guest token and joins the user's room", async () => {
    const guest = await createGuest();
    const socket = await connectClient(server.url, { guestToken: createGuestToken(guest.id) });
    const sockets = await server.io.in(`user:${guest.id}`).fetchSockets();
    expect(sockets).toHaveLength(1);
    socket.close();
  });
});

describe("agent-only commands over the socket", () => {
  it("refuse a customer, and change nothing", async () => {
    const customer = await createUser();
    const socket = await connectClient(server.url, { cookie: await sessionCookie(customer.id) });
    const result = await emitAck(socket, "agent.status.set", { status: "ONLINE" });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const prisma = await getPrisma();
    expect(await prisma.agentProfile.findUnique({ where: { userId: customer.id } })).toBeNull();
    socket.close();
  });

  it("let an agent set their status, validate input, and tell the other agents", async () => {
    const [agent, colleague] = await Promise.all([
      createUser({ role: "AGENT", teamSlugs: ["general"] }),
      createUser({ role: "AGENT", teamSlugs: ["general"] }),
    ]);
    const socket = await connectClient(server.url, { cookie: await sessionCookie(agent.id) });
    const watcher = await connectClient(server.url, { cookie: await sessionCookie(colleague.id), origin: server.url });
    await new Promise((resolve) => setTimeout(resolve, 100)); // rooms are joined right after connect
    const seen = new Promise((resolve) => watcher.on("agent.status.changed", resolve));

    expect(await emitAck(socket, "agent.status.set", { status: "BUSY" as never })).toMatchObject({
      ok: false,
      code: "VALIDATION_FAILED",
    });
    expect(await emitAck(socket, "agent.status.set", { status: "ONLINE" })).toEqual({ ok: true, status: "ONLINE" });
    expect(await seen).toEqual({ agentId: agent.id, status: "ONLINE" });
    socket.close();
    watcher.close();
  });
});
