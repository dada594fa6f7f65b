// The traffic of bench:chat, the same for Beacon and for the bare echo server: pairs of sockets (a customer and the
// agent handling their chat) exchange messages at a steady total rate; every message is timed from the emit to the
// sender's ack and to its arrival on the other side's socket.
import { io, type Socket } from "socket.io-client";

export type Pair = { customer: Socket; agent: Socket; conversationId: string };
export type SendFn = (
  pair: Pair,
  side: "customer" | "agent",
  clientId: string,
  body: string,
) => Promise<{ ok: boolean; code?: string }>;

export type LoadResult = {
  sent: number;
  acked: number;
  /** Acknowledged in the warm-up too: what the database must hold. */
  ackedAll: number;
  delivered: number;
  errors: Record<string, number>;
  seconds: number;
  ack: number[];
  deliver: number[];
};

/** Runs `fn` over `items`, at most `limit` at a time. */
export async function pool<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  });
  await Promise.all(workers);
  return results;
}

/** A websocket-only socket.io client, resolved once connected. */
export function connect(url: string, options: { auth?: Record<string, string>; cookie?: string }): Promise<Socket> {
  const socket = io(url, {
    transports: ["websocket"],
    auth: options.auth ?? {},
    extraHeaders: options.cookie ? { cookie: options.cookie } : {},
    forceNew: true,
    reconnection: false,
    timeout: 60_000,
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (error) => reject(error));
  });
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Sends `rate` messages a second, spread over random pairs and both directions, for `seconds` (after a warm-up that
 * is not measured), then waits for the last deliveries.
 */
export async function runLoad(
  pairs: Pair[],
  send: SendFn,
  options: { rate: number; seconds: number; warmup: number },
): Promise<LoadResult> {
  const inFlight = new Map<string, { at: number; to: Socket; measured: boolean }>();
  const result: LoadResult = {
    sent: 0,
    acked: 0,
    ackedAll: 0,
    delivered: 0,
    errors: {},
    seconds: options.seconds,
    ack: [],
    deliver: [],
  };
  const listen = (socket: Socket) =>
    socket.on("message.created", ({ message }: { message: { clientId?: string | null } }) => {
      const entry = message.clientId ? inFlight.get(message.clientId) : undefined;
      if (!entry || entry.to !== socket) return;
      inFlight.delete(message.clientId!);
      if (!entry.measured) return;
      result.delivered++;
      result.deliver.push(performance.now() - entry.at);
    });
  for (const pair of pairs) {
    listen(pair.customer);
    listen(pair.agent);
  }

  let counter = 0;
  const fire = (measured: boolean) => {
    const pair = pairs[Math.floor(Math.random() * pairs.length)];
    const side = Math.random() < 0.5 ? "customer" : "agent";
    const clientId = `b${process.pid}-${counter++}`;
    const at = performance.now();
    inFlight.set(clientId, { at, to: side === "customer" ? pair.agent : pair.customer, measured });
    if (measured) result.sent++;
    void send(pair, side, clientId, `Benchmark message ${counter}: is my withdrawal on its way?`).then((ack) => {
      if (ack.ok) result.ackedAll++;
      if (!measured) return;
      if (ack.ok) {
        result.acked++;
        result.ack.push(performance.now() - at);
      } else {
        inFlight.delete(clientId);
        result.errors[ack.code ?? "UNKNOWN"] = (result.errors[ack.code ?? "UNKNOWN"] ?? 0) + 1;
      }
    });
  };

  const phase = (seconds: number, measured: boolean) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      let fired = 0;
      const timer = setInterval(() => {
        const elapsed = (performance.now() - started) / 1000;
        const due = Math.min(Math.floor(elapsed * options.rate), Math.floor(seconds * options.rate));
        while (fired < due) {
          fire(measured);
          fired++;
        }
        if (elapsed >= seconds) {
          clearInterval(timer);
          resolve();
        }
      }, 5);
    });

  await phase(options.warmup, false);
  await phase(options.seconds, true);
  const drainUntil = performance.now() + 10_000;
  while ([...inFlight.values()].some((entry) => entry.measured) && performance.now() < drainUntil)
    await new Promise((r) => setTimeout(r, 50));
  result.ack.sort((a, b) => a - b);
  result.deliver.sort((a, b) => a - b);
  return result;
}

/** Beacon's `message.send` over a pair's socket, with the ack as the result (a timeout counts as an error). */
export const sendOverSocket: SendFn = async (pair, side, clientId, body) => {
  const socket = side === "customer" ? pair.customer : pair.agent;
  return socket
    .timeout(30_000)
    .emitWithAck("message.send", { conversationId: pair.conversationId, clientId, body })
    .catch(() => ({ ok: false, code: "TIMEOUT" }));
};
