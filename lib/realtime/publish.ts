import type { Server } from "socket.io";
import type { ClientToServerEvents, ServerEventName, ServerEventPayload, ServerToClientEvents } from "./events";

export type BeaconServer = Server<ClientToServerEvents, ServerToClientEvents>;

// server.ts and Next's bundles hold separate module copies: the io instance is handed over through globalThis.
const store = globalThis as typeof globalThis & { __beaconIo?: BeaconServer };

export function setIo(io: BeaconServer | undefined): void {
  store.__beaconIo = io;
}

export function getIo(): BeaconServer | undefined {
  return store.__beaconIo;
}

/** Sends an event to rooms, across instances when the Redis adapter is on. Call after the transaction commits. */
export function publish<E extends ServerEventName>(
  to: string | string[],
  event: E,
  payload: ServerEventPayload<E>,
): void {
  const io = getIo();
  if (!io) return;
  const args = [payload] as Parameters<ServerToClientEvents[E]>;
  io.to(to).emit(event, ...args);
}
