import { Redis } from "ioredis";

const store = globalThis as typeof globalThis & { __beaconRedis?: Redis };

/** The shared Redis connection when REDIS_URL is set (scale-out), created on first use; otherwise undefined. */
export function getRedis(): Redis | undefined {
  const url = process.env.REDIS_URL;
  if (!url) return undefined;
  store.__beaconRedis ??= new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
  return store.__beaconRedis;
}

export async function closeRedis(): Promise<void> {
  const redis = store.__beaconRedis;
  store.__beaconRedis = undefined;
  await redis?.quit().catch(() => redis.disconnect());
}
