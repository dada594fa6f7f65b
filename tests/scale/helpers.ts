import { io as connect } from "socket.io-client";
import type { BeaconClientSocket } from "@/lib/realtime/client";
import type { MessageDto } from "@/lib/contracts/chat";
import type { Result } from "@/lib/contracts/result";
import type { ClientToServerEvents } from "@/lib/realtime/events";

/** Signs in through next-auth on one instance and returns the Cookie header (valid on every instance). */
export async function signIn(base: string, email: string, password = "beacon-demo"): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: jar.join("; "),
      "X-Auth-Return-Redirect": "1",
    },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
  });
  const cookies = [...jar, ...response.headers.getSetCookie().map((c) => c.split(";")[0])];
  if (!cookies.some((c) => c.includes("session-token"))) throw new Error(`sign-in failed for ${email}`);
  return cookies.join("; ");
}

/**
 * A visitor starts a chat (pre-chat form + first message); returns the conversation and the guest cookie. The default
 * message asks for a person, so the bot hands the chat to the queue at once, where the test's agent accepts it.
 */
export async function startGuestChat(base: string, body = "Hello from a guest, I need a human") {
  const response = await fetch(`${base}/api/v1/conversations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      name: "Scale Guest",
      email: `scale-${Date.now()}@example.com`,
      topic: "other",
      message: { clientId: `first-${Date.now()}`, body },
    }),
  });
  if (!response.ok) throw new Error(`start failed: ${response.status} ${await response.text()}`);
  const { conversation } = (await response.json()) as { conversation: { id: string } };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { conversationId: conversation.id, cookie };
}

/** A socket as a browser opens it: WebSocket only, cookie, the app's own Origin; reconnects by itself. */
export function openSocket(base: string, cookie: string): Promise<BeaconClientSocket> {
  const socket: BeaconClientSocket = connect(base, {
    transports: ["websocket"],
    extraHeaders: { cookie, origin: base },
    reconnectionDelay: 200,
    reconnectionDelayMax: 1000,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

export function ack<E extends keyof ClientToServerEvents>(
  socket: BeaconClientSocket,
  event: E,
  input: Parameters<ClientToServerEvents[E]>[0],
) {
  return new Promise<Result<Record<string, unknown>>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${event}: no ack`)), 10_000);
    (socket.emit as (e: string, i: unknown, cb: (r: Result<Record<string, unknown>>) => void) => void)(
      event,
      input,
      (result) => {
        clearTimeout(timer);
        resolve(result);
      },
    );
  });
}

/** Resolves with the first payload of `event` that matches, or rejects after `ms`. */
export function next<T>(
  socket: BeaconClientSocket,
  event: string,
  match: (payload: T) => boolean = () => true,
  ms = 10_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event as never, listener as never);
      reject(new Error(`no ${event} within ${ms} ms`));
    }, ms);
    const listener = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event as never, listener as never);
      resolve(payload);
    };
    socket.on(event as never, listener as never);
  });
}

/** Everything a client has seen of one conversation, by seq: what a browser keeps, de-duplicated. */
export class Transcript {
  readonly bySeq = new Map<number, MessageDto>();
  lastSeq = 0;
  add(messages: MessageDto[]) {
    for (const message of messages) {
      this.bySeq.set(message.seq, message);
      this.lastSeq = Math.max(this.lastSeq, message.seq);
    }
  }
  bodies() {
    return [...this.bySeq.values()].sort((a, b) => a.seq - b.seq).map((m) => m.body);
  }
}
