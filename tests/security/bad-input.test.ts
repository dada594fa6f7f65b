import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as startChat } from "@/app/api/v1/conversations/route";
import { cookieHeaderSource } from "@/lib/auth/session";
import { announcementSchema } from "@/lib/contracts/announcement";
import { parseInput } from "@/lib/contracts/parse";
import { getPrisma } from "@/lib/db/client";
import { sessionCookie } from "../factories/users";
import { request } from "../helpers/http";
import { connectClient, startRealtimeServer } from "../helpers/realtime";
import { BAD_SEGMENTS, BAD_VALUES, badRawBodies, FIELDS, QUERY_NAMES } from "./corpus";
import { createWorld, type World } from "./fixtures";
import { allRoutes, call, type RouteEntry } from "./routes";
import { socketCommands } from "./sockets";

let world: World;
let routes: RouteEntry[];
const failures: string[] = [];
let checks = 0;

beforeAll(async () => {
  world = await createWorld();
  // "Sign out everywhere" reads no input and would end the sessions the rest of the corpus runs with.
  routes = (await allRoutes()).filter(
    (r) => !r.path.startsWith("/api/auth/") && !(r.method === "DELETE" && r.path === "/api/v1/me/sessions"),
  );
});

const realParams = (entry: RouteEntry) =>
  Object.fromEntries(
    Object.entries(entry.params).map(([name, value]) => [
      name,
      Array.isArray(value) ? value : (world.params[name] ?? value),
    ]),
  );

const pathWith = (entry: RouteEntry, params: Record<string, string | string[]>) =>
  entry.path
    .replace(/\/x(?=\/|$)/g, () => "/seg")
    .replace(/\/seg/g, () => `/${encodeURIComponent(String(Object.values(params)[0] ?? "x"))}`);

async function expectNo500(
  entry: RouteEntry,
  init: Parameters<typeof request>[1],
  params = realParams(entry),
  query = "",
) {
  const response = await call(
    entry,
    request(`${pathWith(entry, params)}${query}`, { ...init, method: entry.method }),
    params,
  );
  checks++;
  if (response.status >= 500)
    failures.push(
      `${entry.method} ${entry.path}${query} ${JSON.stringify(init?.body ?? "").slice(0, 80)} → ${response.status}`,
    );
}

const roles = () => [world.cookies.customer, world.cookies.admin];

describe("bad input over HTTP: never a 500", () => {
  it("one bad value in each field of each state-changing route's body", { timeout: 600_000 }, async () => {
    for (const entry of routes.filter((r) => r.method !== "GET")) {
      for (const value of BAD_VALUES) {
        for (const cookie of roles())
          await expectNo500(entry, { cookie, body: Object.fromEntries(FIELDS.map((field) => [field, value])) });
        // Otherwise valid bodies with one bad text, so the value gets past the schema's other fields.
        const cookie = world.cookies.customer;
        await expectNo500(entry, {
          cookie,
          body: {
            clientId: randomUUID(),
            body: value,
            name: value,
            email: "a@b.test",
            subject: value,
            description: value,
          },
        });
        await expectNo500(entry, {
          cookie,
          body: { message: { clientId: randomUUID(), body: value, attachmentIds: [] }, name: "N", email: "n@x.test" },
        });
      }
    }
    expect(failures).toEqual([]);
  });

  it("broken, deep and 5 MB bodies, and wrong content types", { timeout: 300_000 }, async () => {
    for (const entry of routes.filter((r) => r.method !== "GET")) {
      for (const body of badRawBodies()) await expectNo500(entry, { cookie: world.cookies.customer, body });
      for (const type of [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
        "application/json; charset=utf-16",
        "application/xml",
      ]) {
        await expectNo500(entry, { cookie: world.cookies.admin, body: "{}", headers: { "content-type": type } });
      }
    }
    expect(failures).toEqual([]);
  });

  it("bad query values on every GET route", { timeout: 300_000 }, async () => {
    for (const entry of routes.filter((r) => r.method === "GET")) {
      for (const cookie of roles()) {
        for (const value of BAD_VALUES.filter((v) => typeof v !== "object" || v === null)) {
          const encoded = encodeURIComponent(
            String(value)
              .slice(0, 5000)
              .replace(/[\ud800-\udfff]/g, "\ufffd"),
          );
          await expectNo500(
            entry,
            { cookie },
            realParams(entry),
            `?${QUERY_NAMES.map((name) => `${name}=${encoded}`).join("&")}`,
          );
        }
        await expectNo500(entry, { cookie }, realParams(entry), "?q=%E0%A4%A&afterSeq=%&limit=%00");
      }
    }
    expect(failures).toEqual([]);
  });

  it("broken segments on every dynamic route", { timeout: 300_000 }, async () => {
    for (const entry of routes.filter((r) => Object.keys(r.params).length && !r.path.includes("[..."))) {
      for (const segment of BAD_SEGMENTS) {
        const params = Object.fromEntries(
          Object.entries(realParams(entry)).map(([name, value]) => [name, Array.isArray(value) ? value : segment]),
        );
        await expectNo500(
          entry,
          { cookie: world.cookies.admin, ...(entry.method === "GET" ? {} : { body: {} }) },
          params,
        );
      }
    }
    expect(failures).toEqual([]);
  });

  it("a visitor's failed chat start leaves no guest behind", async () => {
    const email = `orphan-${randomUUID().slice(0, 8)}@test.beacon`;
    const body = {
      name: "Visitor",
      email,
      message: { clientId: randomUUID(), body: "hi", attachmentIds: ["not-an-upload"] },
    };
    const response = await startChat(
      request("/api/v1/conversations", { body, headers: { "x-beacon-client-ip": "192.0.2.200" } }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const prisma = await getPrisma();
    expect(await prisma.user.count({ where: { contactEmail: email } })).toBe(0);
  });
});

describe("bad input to the admin's server actions", () => {
  it("refuses an announcement starting in year −100000 (a database error before) as a field error", () => {
    const base = { title: { en: "Maintenance", "zh-CN": "" }, body: {}, active: true, endsAt: "" };
    for (const startsAt of ["-100000-01-01T00:00", "+275760-09-13T00:00:00.000Z", "1969-12-31T23:59"]) {
      const error = (() => {
        try {
          parseInput(announcementSchema, { ...base, startsAt }, "en");
        } catch (e) {
          return e;
        }
      })();
      expect(error, startsAt).toMatchObject({ code: "VALIDATION_FAILED", fields: { startsAt: expect.any(String) } });
    }
    expect(parseInput(announcementSchema, { ...base, startsAt: "2030-01-01T08:00" }, "en").startsAt).toBeInstanceOf(
      Date,
    );
  });
});

describe("bad input over sockets: never INTERNAL", () => {
  it("every command with every bad value in every field", { timeout: 300_000 }, async () => {
    const bad: string[] = [];
    const slow: string[] = [];
    for (const actor of [world.customer, world.agent]) {
      const commands = socketCommands(actor);
      expect(commands.size).toBeGreaterThanOrEqual(12);
      for (const [event, send] of commands) {
        for (const value of [...BAD_VALUES, undefined]) {
          const payloads = [
            Object.fromEntries(FIELDS.map((field) => [field, value])),
            {
              conversationId: world.params.conversationId,
              clientId: randomUUID(),
              body: value,
              afterSeq: value,
              seq: value,
            },
            { number: value, replying: true, key: value },
            value,
          ];
          for (const payload of payloads) {
            const started = Date.now();
            const ack = await send(payload);
            checks++;
            if (Date.now() - started > 2000) slow.push(`${event} ${Date.now() - started} ms`);
            if (ack.ok === false && (ack.code === "INTERNAL" || String(ack.code) === "NO_ACK"))
              bad.push(`${event} ${JSON.stringify(payload)?.slice(0, 80)}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
    expect(slow).toEqual([]);
  });

  it("a badly encoded cookie does not break the handshake", async () => {
    expect(cookieHeaderSource("other=%E0%A4%A; next-auth.session-token=abc").get("next-auth.session-token")).toBe(
      "abc",
    );
    const server = await startRealtimeServer();
    try {
      const socket = await connectClient(server.url, {
        cookie: `broken=%E0%A4%A; ${await sessionCookie(world.customer.id)}`,
      });
      expect(socket.connected).toBe(true);
      socket.close();
    } finally {
      await server.close();
    }
  });

  it("counts its checks", () => {
    console.log(`bad-input corpus: ${checks} checks`);
    expect(checks).toBeGreaterThan(1000);
  });
});
