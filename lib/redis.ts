import { Redis } from "ioredis";

const store = globalThis as typeof globalThis & { __beaconRedis?: Redis };

/** The shared Redis connection when REDIS_URL is set (scale-out), created on first use; otherwise undefined. */
export function getRedis(): Redis | undefined {
  const url = process.env.REDIS_URL;
  if (!url) return undefined;
  // No offline queue: while Redis is down, commands fail at once (rate limits fall back to memory) instead of
  // holding requests until it returns.
  store.__beaconRedis ??= new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  store.__beaconRedis.on("error", () => {}); // reconnects by itself; failures surface where a command is used
  return store.__beaconRedis;
}

export async function closeRedis(): Promise<void> {
  const redis = store.__beaconRedis;
  store.__beaconRedis = undefined;
  await redis?.quit().catch(() => redis.disconnect());
}
