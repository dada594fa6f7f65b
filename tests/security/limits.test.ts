import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { GET as search } from "@/app/api/v1/kb/search/route";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { consumeOrThrow } from "@/lib/rate-limit";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { createGuest, createUser, sessionCookie, uniqueEmail } from "../factories/users";
import { noParams, request } from "../helpers/http";

const from = (ip: string) => ({ "x-beacon-client-ip": ip });

describe("registration limit", () => {
  it("allows 10 accounts an hour from one address, then 429 with Retry-After; other addresses go on", async () => {
    const signUp = (ip: string) =>
      register(
        request("/api/v1/auth/register", {
          body: { name: "Bot", email: uniqueEmail("reg"), password: "long enough pw" },
          headers: from(ip),
        }),
        noParams,
      );
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await signUp("198.51.100.50")).status);
    expect(statuses).toEqual([...Array(10).fill(201), 429]);
    const refused = await signUp("198.51.100.50");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error.code).toBe("RATE_LIMITED");
    expect((await signUp("198.51.100.51")).status).toBe(201);
  });
});

describe("help-center search limit and log", () => {
  const term = () => `zzq${randomUUID().slice(0, 6)}`;
  const searchAs = (q: string, init: { cookie?: string; ip?: string; guest?: string }) =>
    search(
      request(`/api/v1/kb/search?q=${q}&locale=en`, {
        cookie: init.cookie,
        headers: { ...from(init.ip ?? "203.0.113.90"), ...(init.guest ? { "x-beacon-guest": init.guest } : {}) },
      }),
      noParams,
    );
  const logged = async (q: string) => (await getPrisma()).searchQuery.count({ where: { query: q } });

  it("logs one searcher's repeated query once, and two searchers' twice", async () => {
    const q = term();
    for (let i = 0; i < 15; i++) expect((await searchAs(q, { ip: "203.0.113.91" })).status).toBe(200);
    expect(await logged(q)).toBe(1);
    await searchAs(q, { ip: "203.0.113.92" });
    expect(await logged(q)).toBe(2);
  });

  it("limits signed-in customers (120 a minute), not only visitors", async () => {
    const cookie = await sessionCookie((await createUser()).id);
    const statuses = new Set<number>();
    for (let i = 0; i < 121; i++) statuses.add((await searchAs(term(), { cookie })).status);
    expect([...statuses]).toEqual([200, 429]);
  });

  it("limits guests too", async () => {
    const { createGuestToken } = await import("@/lib/auth/guest-token");
    const guest = createGuestToken((await createGuest()).id);
    let last = 0;
    for (let i = 0; i < 121; i++) last = (await searchAs(term(), { guest, ip: `203.0.113.${100 + (i % 50)}` })).status;
    expect(last).toBe(429);
  });
});

describe("rate-limit refusals from another copy of the library", () => {
  it("are still RATE_LIMITED (Next's bundle and server.ts each load rate-limiter-flexible)", async () => {
    // What a limiter created by the other copy rejects with: the same shape, another class.
    class RateLimiterRes {
      constructor(
        readonly msBeforeNext = 1500,
        readonly remainingPoints = 0,
        readonly consumedPoints = 6,
        readonly isFirstInDuration = false,
      ) {}
    }
    const foreign = { consume: () => Promise.reject(new RateLimiterRes()) } as unknown as RateLimiterAbstract;
    const error = await consumeOrThrow(foreign, "k", "chatFlood").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "RATE_LIMITED", messageKey: "chatFlood", params: { seconds: 2 } });
  });

  it("AppError is recognised across module copies by its brand", () => {
    const copy = Object.assign(new Error("FORBIDDEN"), { [Symbol.for("beacon.AppError")]: true, code: "FORBIDDEN" });
    expect(copy instanceof AppError).toBe(true);
    expect(new Error("x") instanceof AppError).toBe(false);
  });
});
