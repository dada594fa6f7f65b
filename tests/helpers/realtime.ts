import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { io as connect } from "socket.io-client";
import type { BeaconClientSocket } from "@/lib/realtime/client";
import type { Result } from "@/lib/contracts/result";
import type { ClientToServerEvents } from "@/lib/realtime/events";
import { setIo, type BeaconServer } from "@/lib/realtime/publish";
import { attachRealtime } from "@/lib/realtime/server";

/** A real socket.io server (Beacon's handshake, rooms and commands) on a free loopback port, without Next. */
export async function startRealtimeServer(): Promise<{ url: string; io: BeaconServer; close(): Promise<void> }> {
  const http: Server = createServer();
  const io = attachRealtime(http);
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    io,
    close: async () => {
      await new Promise<void>((resolve) => io.close(() => resolve()));
      setIo(undefined);
    },
  };
}

export type ClientOptions = { cookie?: string; origin?: string; guestToken?: string };

/** A socket.io-client as a browser would open it (cookie, origin), resolved once connected or rejected with the error. */
export function connectClient(url: string, options: ClientOptions = {}): Promise<BeaconClientSocket> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;
  const socket: BeaconClientSocket = connect(url, {
    transports: ["websocket"],
    extraHeaders: headers,
    auth: options.guestToken ? { guestToken: options.guestToken } : {},
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Emits a command and waits for its ack. */
export function emitAck<E extends keyof ClientToServerEvents>(
  socket: BeaconClientSocket,
  event: E,
  input: Parameters<ClientToServerEvents[E]>[0],
): Promise<Result<Record<string, unknown>>> {
  return new Promise((resolve) => {
    (socket.emit as (event: string, input: unknown, ack: (result: Result<Record<string, unknown>>) => void) => void)(
      event,
      input,
      resolve,
    );
  });
}
