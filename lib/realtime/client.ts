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
  return shared;
}
