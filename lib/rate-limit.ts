import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";
import { getRedis, redisPrefix } from "@/lib/redis";

const store = globalThis as typeof globalThis & { __beaconLimiters?: Map<string, RateLimiterAbstract> };

/** A named limiter: in memory for one instance, in Redis when REDIS_URL is set so every instance shares the count. */
export function limiter(name: string, points: number, durationSeconds: number): RateLimiterAbstract {
  store.__beaconLimiters ??= new Map();
  const key = `${name}:${points}:${durationSeconds}`;
  let found = store.__beaconLimiters.get(key);
  if (!found) {
    const redis = getRedis();
    const options = { keyPrefix: `${redisPrefix()}rl:${name}`, points, duration: durationSeconds };
    // If Redis is unreachable, each instance falls back to counting in memory instead of failing the request.
    found = redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options);
    store.__beaconLimiters.set(key, found);
  }
  return found;
}

/**
 * When to try again, for people: the refusal messages say "in about 10 minutes" (ICU select on `unit`), never a
 * count of seconds. Minutes past ten are rounded up to five, hours up to whole hours; a day or more is "tomorrow".
 */
export function waitParams(seconds: number): { seconds: number; unit: string; minutes: number; hours: number } {
  const s = Math.max(1, Math.ceil(seconds));
  const minutes = Math.ceil(s / 60);
  const hours = Math.ceil(s / 3600);
  if (s <= 20) return { seconds: s, unit: "moment", minutes, hours };
  if (s <= 90) return { seconds: s, unit: "minute", minutes: 1, hours };
  if (s < 3300)
    return { seconds: s, unit: "minutes", minutes: minutes > 10 ? Math.ceil(minutes / 5) * 5 : minutes, hours };
  if (s <= 5400) return { seconds: s, unit: "hour", minutes, hours: 1 };
  if (s < 20 * 3600) return { seconds: s, unit: "hours", minutes, hours };
  return { seconds: s, unit: "day", minutes, hours };
}

/**
 * A refusal from rate-limiter-flexible. Not `instanceof RateLimiterRes`: Next's bundle and server.ts each load their
 * own copy of the library, and the limiters on globalThis may come from either.
 */
export function isLimitRefusal(error: unknown): error is RateLimiterRes {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as RateLimiterRes).msBeforeNext === "number" &&
    !(error instanceof Error)
  );
}

/** Consumes one point, or throws RATE_LIMITED saying when to try again (waitParams). */
export async function consumeOrThrow(
  limit: RateLimiterAbstract,
  key: string,
  messageKey = "RATE_LIMITED",
): Promise<void> {
  try {
    await limit.consume(key);
  } catch (error) {
    if (isLimitRefusal(error)) {
      throw new AppError("RATE_LIMITED", messageKey, waitParams(error.msBeforeNext / 1000));
    }
    throw error;
  }
}

/** Login attempts: 5 failures a minute for one account from one address. */
export const LOGIN_FAILURES = { points: 5, durationSeconds: 60 };
export const loginLimiter = () => limiter("login", LOGIN_FAILURES.points, LOGIN_FAILURES.durationSeconds);
export const loginKey = (email: string, ip: string) => `${email.trim().toLowerCase()}|${ip}`;

/** Seconds until login is allowed again for this key, or 0 when it is allowed now. */
export async function loginBlockedFor(email: string, ip: string): Promise<number> {
  const state = await loginLimiter().get(loginKey(email, ip));
  if (!state || state.consumedPoints < LOGIN_FAILURES.points) return 0;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}
