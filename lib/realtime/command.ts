import type { Socket } from "socket.io";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { toErrorBody } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";
import { parseInput } from "@/lib/contracts/parse";
import type { Result } from "@/lib/contracts/result";
import type { ClientToServerEvents, ServerToClientEvents } from "./events";

export type SocketData = { actor: Actor; locale: Locale };
export type BeaconSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

type AckPayload<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[1] extends (
  result: infer R,
) => void
  ? Exclude<R, { ok: false }>
  : never;

/**
 * Registers a command: parses the payload with the same zod schema HTTP uses, runs the handler as the socket's
 * actor, and always answers through the ack — `{ ok: true, … }` or `{ ok: false, code, message }` in the user's
 * language. Refusals are logged.
 */
export function command<E extends keyof ClientToServerEvents, S extends z.ZodType>(
  socket: BeaconSocket,
  event: E,
  schema: S,
  handler: (input: z.output<S>, ctx: { actor: Actor; socket: BeaconSocket }) => Promise<Omit<AckPayload<E>, "ok">>,
): void {
  const listener = async (raw: unknown, ack: unknown) => {
    const reply = typeof ack === "function" ? (ack as (result: Result) => void) : () => {};
    const { actor, locale } = socket.data;
    try {
      const result = await handler(parseInput(schema, raw, locale), { actor, socket });
      reply({ ok: true, ...result });
    } catch (error) {
      const { body } = toErrorBody(error, locale);
      if (error instanceof AppError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) {
        logger.warn({ event, actorId: actor.id, role: actor.role, code: error.code }, "socket command refused");
      }
      reply({ ok: false, ...body.error });
    }
  };
  socket.on(event, listener as never);
}
