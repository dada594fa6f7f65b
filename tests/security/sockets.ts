import type { Actor } from "@/lib/auth/actor";
import type { Result } from "@/lib/contracts/result";
import { registerCommands } from "@/lib/realtime/handlers";
import type { BeaconSocket } from "@/lib/realtime/command";

type Send = (payload: unknown) => Promise<Result<Record<string, unknown>>>;

/**
 * Every registered socket command, callable as `actor` without a network: registerCommands runs against a socket
 * that records its listeners, so a command added later is in the matrix without anyone listing it.
 */
export function socketCommands(actor: Actor): Map<string, Send> {
  const listeners = new Map<
    string,
    (payload: unknown, ack: (result: Result<Record<string, unknown>>) => void) => unknown
  >();
  const socket = {
    data: { actor, locale: "en" },
    id: `test-${actor.id}`,
    on: (event: string, listener: never) => listeners.set(event, listener),
    join: async () => undefined,
    leave: async () => undefined,
    to: () => ({ emit: () => true }),
    emit: () => true,
    rooms: new Set<string>(),
  } as unknown as BeaconSocket;
  registerCommands(socket);
  // Commands are `domain.verb`; socket.io's own lifecycle events (disconnecting) are not commands.
  return new Map(
    [...listeners]
      .filter(([event]) => event.includes("."))
      .map(([event, listener]) => [
        event,
        (payload: unknown) =>
          new Promise<Result<Record<string, unknown>>>((resolve) => {
            // A command that never answers is as bad as a 500: the browser waits for ever.
            const timer = setTimeout(
              () => resolve({ ok: false, code: "NO_ACK", message: "no ack within 5 s" } as never),
              5000,
            );
            void listener(payload, (result) => {
              clearTimeout(timer);
              resolve(result);
            });
          }),
      ]),
  );
}
