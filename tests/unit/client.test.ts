import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { io as connect } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GUEST_HEADER } from "@/lib/auth/guest-header";
import { request } from "@/lib/client/api";
import { on, sendCommand, type BeaconClientSocket } from "@/lib/realtime/client";

const messages = { offline: "No connection", failed: "Something went wrong" };

// A real HTTP server on loopback answering the way the API (and a proxy in front of it) can.
const routes: Record<string, (req: IncomingMessage, res: ServerResponse, body: string) => void> = {
  "/ok": (_req, res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ticket: { ref: "BCN-1" } })),
  "/empty": (_req, res) => res.writeHead(204).end(),
  "/refused": (_req, res) =>
    res.writeHead(400, { "content-type": "application/json" }).end(
      JSON.stringify({
        error: { code: "VALIDATION_FAILED", message: "Fix it", fields: { email: "Enter an email" } },
      }),
    ),
  "/proxy": (_req, res) => res.writeHead(415, { "content-type": "text/html" }).end("<h1>nope</h1>"),
  "/echo": (req, res, body) =>
    res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({
        method: req.method,
        type: req.headers["content-type"] ?? null,
        guest: req.headers[GUEST_HEADER] ?? null,
        widget: req.headers["x-beacon-widget"] ?? null,
        body,
      }),
    ),
};

let http: HttpServer;
let base: string;

beforeAll(async () => {
  http = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => (routes[req.url ?? ""] ?? ((_q, r) => r.writeHead(404).end()))(req, res, body));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())));

describe("the HTTP client", () => {
  it("answers a success with its body spread beside ok, and a 204 with just ok", async () => {
    expect(await request<{ ticket: { ref: string } }>(`${base}/ok`, {}, messages)).toEqual({
      ok: true,
      ticket: { ref: "BCN-1" },
    });
    expect(await request(`${base}/empty`, { method: "DELETE" }, messages)).toEqual({ ok: true });
  });

  it("answers a refusal with the API's code, message and fields", async () => {
    expect(await request(`${base}/refused`, { body: {} }, messages)).toEqual({
      ok: false,
      code: "VALIDATION_FAILED",
      message: "Fix it",
      fields: { email: "Enter an email" },
    });
  });

  it("names the code by the status and says something when the answer has no error body", async () => {
    expect(await request(`${base}/proxy`, {}, messages)).toEqual({
      ok: false,
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: "Something went wrong",
    });
  });

  it("sends JSON, multipart and the widget's headers", async () => {
    const json = await request<{ method: string; type: string; guest: string; widget: string; body: string }>(
      `${base}/echo`,
      { method: "PATCH", body: { a: 1 }, guestToken: "g-1", widget: true },
      messages,
    );
    expect(json).toMatchObject({
      ok: true,
      method: "PATCH",
      type: "application/json",
      guest: "g-1",
      widget: "1",
      body: '{"a":1}',
    });
    const form = new FormData();
    form.set("file", new Blob(["hello"], { type: "text/plain" }), "hello.txt");
    const multipart = await request<{ method: string; type: string; guest: string | null }>(
      `${base}/echo`,
      { form },
      messages,
    );
    expect(multipart).toMatchObject({ ok: true, method: "POST", guest: null });
    if (multipart.ok) expect(multipart.type).toMatch(/^multipart\/form-data; boundary=/);
  });

  it("turns no answer (nobody listening, or aborted) into a NETWORK failure with the translated message", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await request(`http://127.0.0.1:${port}/ok`, {}, messages)).toEqual({
      ok: false,
      code: "NETWORK",
      message: "No connection",
    });
    const controller = new AbortController();
    controller.abort();
    expect(await request(`${base}/ok`, { signal: controller.signal }, messages)).toMatchObject({
      ok: false,
      code: "NETWORK",
    });
  });
});

describe("socket commands and subscriptions", () => {
  let io: Server;
  let socket: BeaconClientSocket;

  beforeAll(async () => {
    const server = createServer();
    io = new Server(server);
    io.on("connection", (s) => {
      s.on("agent.status.set", (input: { status: string }, ack: (result: object) => void) =>
        ack({ ok: true, status: input.status }),
      );
      s.on("conversation.close", () => {}); // never answers
      s.on("typing.set", (input: { typing: boolean }, ack: (result: object) => void) => {
        ack({ ok: true });
        s.emit("typing.changed", { conversationId: "c1", side: "AGENT", name: "Ada", typing: input.typing });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    socket = connect(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, {
      transports: ["websocket"],
      forceNew: true,
    });
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  });

  afterAll(() => {
    socket.close();
    return new Promise<void>((resolve) => io.close(() => resolve()));
  });

  it("answers with the ack, or with a NETWORK failure when none comes in time", async () => {
    expect(await sendCommand(socket, "agent.status.set", { status: "AWAY" })).toEqual({ ok: true, status: "AWAY" });
    expect(
      await sendCommand(socket, "conversation.close", { conversationId: "c1" }, { timeoutMs: 200, offline: "Offline" }),
    ).toEqual({
      ok: false,
      code: "NETWORK",
      message: "Offline",
    });
  });

  it("delivers typed events until unsubscribed", async () => {
    const seen: boolean[] = [];
    const off = on(socket, "typing.changed", (event) => seen.push(event.typing));
    await sendCommand(socket, "typing.set", { conversationId: "c1", typing: true });
    await expect.poll(() => seen).toEqual([true]);
    off();
    await sendCommand(socket, "typing.set", { conversationId: "c1", typing: false });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual([true]);
  });
});
