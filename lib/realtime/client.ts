"use client";

import { io, type Socket } from "socket.io-client";
import type { Failure } from "@/lib/contracts/result";
import type { ClientToServerEvents, ServerToClientEvents } from "./events";

export type BeaconClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let shared: BeaconClientSocket | undefined;

/** The page's one socket to its own origin (the session cookie authenticates it), created on first use. */
export function getSocket(options: { guestToken?: string } = {}): BeaconClientSocket {
  shared ??= io({
    // WebSocket only: one long-lived connection per tab, so any load balancer can spread tabs across instances
    // without sticky sessions (long-polling would need every request of a session on the same instance).
    transports: ["websocket"],
    withCredentials: true,
    auth: options.guestToken ? { guestToken: options.guestToken } : undefined,
  });
  return watchServerClose(shared);
}

const watched = new WeakSet<BeaconClientSocket>();

/**
 * socket.io retries by itself after a network loss but not when the server closed the connection (a restart or a
 * deploy): come back then too, after a random pause so a restarted server is not hit by every tab at once.
 */
export function watchServerClose(socket: BeaconClientSocket): BeaconClientSocket {
  if (watched.has(socket)) return socket;
  watched.add(socket);
  socket.on("disconnect", (reason) => {
    if (reason === "io server disconnect") setTimeout(() => socket.connect(), 500 + Math.random() * 2000);
  });
  return socket;
}

/** The widget learns its guest token after the pre-chat form: present it from now on, reconnecting if needed. */
export function setGuestToken(guestToken: string): BeaconClientSocket {
  const socket = getSocket({ guestToken });
  const current = (socket.auth as { guestToken?: string } | undefined)?.guestToken;
  if (current !== guestToken) {
    socket.auth = { guestToken };
    if (socket.connected || socket.active) socket.disconnect().connect();
  }
  return socket;
}

// Commands: one timeout and one retry policy for every `domain.verb` the browser sends.
export const COMMAND_POLICY = {
  /** An ack that has not come by then counts as lost (a `NETWORK` failure). */
  timeoutMs: 10_000,
  /**
   * Only commands that are safe to repeat are sent again by themselves (ConversationSync): `conversation.join` (a
   * read) after this pause while connected, `message.send` (its clientId de-duplicates) up to `attempts` times in all.
   * Every other command reports the failure to the person, who decides.
   */
  retryDelayMs: 1000,
  attempts: 3,
} as const;

type Commands = ClientToServerEvents;
export type CommandInput<E extends keyof Commands> = Parameters<Commands[E]>[0];
/** What the ack answers: the command's `{ ok: true, … }`, or a failure (the server's, or `NETWORK`). */
export type CommandResult<E extends keyof Commands> =
  Exclude<Parameters<Parameters<Commands[E]>[1]>[0], { ok: false }> | Failure;

/**
 * Sends a command and waits for its ack, typed by the event registry. A timeout answers
 * `{ ok: false, code: "NETWORK", message: offline }`, so callers handle one shape whatever went wrong.
 */
export function sendCommand<E extends keyof Commands>(
  socket: BeaconClientSocket,
  event: E,
  input: CommandInput<E>,
  options: { timeoutMs?: number; offline?: string } = {},
): Promise<CommandResult<E>> {
  return new Promise((resolve) => {
    const emitter = socket.timeout(options.timeoutMs ?? COMMAND_POLICY.timeoutMs);
    const lost: Failure = { ok: false, code: "NETWORK", message: options.offline ?? "" };
    const ack = (error: Error | null, result: CommandResult<E>) => resolve(error ? lost : result);
    // socket.io's emit overloads cannot follow a generic event name; the parameter types above are the registry's.
    (
      emitter.emit as (
        event: E,
        input: CommandInput<E>,
        ack: (error: Error | null, result: CommandResult<E>) => void,
      ) => void
    ).call(emitter, event, input, ack);
  });
}

type Listened = ServerToClientEvents & { connect: () => void; disconnect: (reason: Socket.DisconnectReason) => void };

/** Subscribes to a server event (or connect / disconnect), typed by the registry; returns the unsubscribe. */
export function on<E extends keyof Listened>(socket: BeaconClientSocket, event: E, handler: Listened[E]): () => void {
  const listen = socket.on as (event: E, handler: Listened[E]) => BeaconClientSocket;
  const stop = socket.off as (event: E, handler: Listened[E]) => BeaconClientSocket;
  listen.call(socket, event, handler);
  return () => void stop.call(socket, event, handler);
}
