import { config } from "@/lib/config";
import { Redis } from "ioredis";

const store = globalThis as typeof globalThis & { __beaconRedis?: Redis };

/**
 * What every Redis key and channel of this deployment starts with (REDIS_PREFIX, default none): several Beacon
 * deployments, or the test suite's files running side by side, can share one Redis without counting each other's
 * rate limits or hearing each other's socket.io events.
 */
export const redisPrefix = (): string => config().REDIS_PREFIX;

/** The shared Redis connection when REDIS_URL is set (scale-out), created on first use; otherwise undefined. */
export function getRedis(): Redis | undefined {
  const url = config().REDIS_URL;
  if (!url) return undefined;
  // No offline queue: while Redis is down, commands fail at once (rate limits fall back to memory) instead of
  // holding requests until it returns.
  store.__beaconRedis ??= new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  store.__beaconRedis.on("error", () => {}); // reconnects by itself; failures surface where a command is used
  return store.__beaconRedis;
}

/**
 * Waits (a few seconds at most) until the connection is up, so the first requests count in Redis like every later one
 * instead of in the in-memory fallback. Called at start; without REDIS_URL it returns at once.
 */
export async function redisReady(timeoutMs = 5000): Promise<void> {
  const redis = getRedis();
  if (!redis || redis.status === "ready") return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    redis.once("ready", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function closeRedis(): Promise<void> {
  const redis = store.__beaconRedis;
  store.__beaconRedis = undefined;
  await redis?.quit().catch(() => redis.disconnect());
}
