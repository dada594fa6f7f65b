"use client";

import { io, type Socket } from "socket.io-client";
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
