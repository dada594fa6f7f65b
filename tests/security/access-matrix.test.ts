// The role × route × command matrix: every /api/v1 operation (from the OpenAPI registry, checked against the route
// files), every staff server action and every socket command, for every role, allowed or refused as documented —
// and a refusal stores nothing. Expectations come from each operation's declared audience and token scope.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { OPERATIONS } from "@/lib/openapi/document";
import type { Operation } from "@/lib/openapi/types";
import fc from "fast-check";
import { z } from "zod";
import { arbitraryFor } from "../helpers/schema-arbitrary";
import { PNG } from "../helpers/tickets-api";
import { createMatrixWorld, ROLES, type BrowserRole, type MatrixWorld, type Role } from "./matrix-world";
import { allRoutes, call, type RouteEntry } from "./routes";
import { socketCommands } from "./sockets";

// Server actions read the session through next/headers: each call hands them the role's real cookie.
const jar = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      jar.cookie.startsWith(`${name}=`) ? { value: jar.cookie.slice(name.length + 1) } : undefined,
  }),
  headers: async () => new Headers(),
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

type Verdict = "allow" | "refuse";
const REFUSED = [401, 403, 404];
const ROW_PARAMS = /\{(conversationId|ticketNumber|attachmentId)\}/;
const STAFF = ["agent", "supervisor", "admin"] as const;
const CUSTOMERS = ["guest", "customer", "otherCustomer"] as const;

/** Where the registry's five audiences are broader than the rule: supervisors' tools, chats only customers start. */
const SUPERVISORS_ONLY = new Set(["PATCH /api/v1/agents/{agentId}", "GET /api/v1/reports/export"]);
const CUSTOMERS_ONLY = new Set(["POST /api/v1/conversations"]);
/** "Signed-in user" routes about one's account: a guest has none. */
const ACCOUNT = /^\/api\/v1\/(me|notifications)\b/;

/** What the operation's audience and scope promise `role`. The customer owns the rows; guest and other do not. */
function expected(op: Operation, role: Role): Verdict {
  if (role === "tokenWithScope") return op.scope ? "allow" : "refuse";
  if (role === "tokenWithoutScope") return "refuse";
  if (SUPERVISORS_ONLY.has(opKey(op)) && role === "agent") return "refuse";
  if (CUSTOMERS_ONLY.has(opKey(op)) && (STAFF as readonly Role[]).includes(role)) return "refuse";
  if (op.audience === "user" && ACCOUNT.test(op.path) && role === "guest") return "refuse";
  const row = ROW_PARAMS.test(op.path);
  const stranger = role === "anonymous" || role === "guest" || role === "otherCustomer";
  switch (op.audience) {
    case "anyone":
      return row && stranger ? "refuse" : "allow";
    case "customer":
    case "user":
      if (role === "anonymous") return "refuse";
      return row && stranger ? "refuse" : "allow";
    case "agent":
      return (STAFF as readonly Role[]).includes(role) ? "allow" : "refuse";
    case "admin":
      return role === "admin" ? "allow" : "refuse";
  }
}

/** Row counts of every table but the audit log (refusals are audited) and search log: a refusal changes none. */
let countAll: () => Promise<string>;
async function tableCounter() {
  const prisma = await getPrisma();
  const tables = await prisma.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('AuditEvent', 'SearchQuery', '_prisma_migrations')`,
  );
  const sql = `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t.table_name}")::text AS "${t.table_name}"`).join(", ")}`;
  return async () => JSON.stringify(await prisma.$queryRawUnsafe(sql));
}

const routeKey = (entry: RouteEntry) =>
  `${entry.method} ${entry.file
    .replace(/^app/, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\[(\w+)\]/g, "{$1}")}`;
const opKey = (op: Operation) => `${op.method.toUpperCase()} ${op.path}`;

let world: MatrixWorld;
let routes: Map<string, RouteEntry>;
const checks = { http: 0, actions: 0, sockets: 0 };
let wrong: string[] = [];

beforeAll(async () => {
  world = await createMatrixWorld();
  // The catch-all under /api/v1 only answers 404 for unknown paths.
  const api = (await allRoutes()).filter((r) => r.path.startsWith("/api/v1/") && !r.file.includes("[..."));
  routes = new Map(api.map((r) => [routeKey(r), r]));
  countAll = await tableCounter();
});
beforeEach(() => {
  wrong = [];
});
afterAll(() => {
  console.log(
    `access matrix: ${checks.http} HTTP, ${checks.actions} server-action and ${checks.sockets} socket checks ` +
      `(${checks.http + checks.actions + checks.sockets} in all)`,
  );
});

/**
 * A body the operation's schema accepts (found by sampling it), so a refusal is about the person and not the input:
 * many routes parse before they look up rows. Allowed roles send `{}` instead, so the matrix creates nothing.
 */
const bodies = new Map<string, unknown>([
  // Sampling rarely meets a slug pattern and a translation together.
  [
    "POST /api/v1/kb/articles",
    { slug: "matrix-article", categoryId: "c".repeat(25), translations: { en: { title: "Matrix", body: "Body" } } },
  ],
]);
function validBody(op: Operation): unknown {
  if (!op.body) return {};
  if (!bodies.has(opKey(op))) {
    const schema = op.body;
    const arbitrary = arbitraryFor(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as never);
    const clean = (value: unknown) => !/\\u00[01]|\\u007f|\\ud[89a-f]/i.test(JSON.stringify(value) ?? "");
    const found = fc.sample(arbitrary, { numRuns: 300, seed: 7 }).find((v) => clean(v) && schema.safeParse(v).success);
    bodies.set(opKey(op), found ?? {});
  }
  return bodies.get(opKey(op));
}

function requestAs(op: Operation, role: Role): NextRequest {
  const url = new URL(
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => world.params[name] ?? "x"),
    "http://localhost:3000",
  );
  const headers = new Headers({ "accept-language": "en" });
  if (role === "tokenWithScope" || role === "tokenWithoutScope") {
    const other = Object.keys(world.tokens).find((scope) => scope !== op.scope)!;
    headers.set("authorization", `Bearer ${world.tokens[(role === "tokenWithScope" ? op.scope : other) as never]}`);
  } else if (role !== "anonymous") headers.set("cookie", world.cookies[role]);
  const method = op.method.toUpperCase();
  if (method === "GET") return new NextRequest(url, { headers });
  if (op.multipart) {
    const form = new FormData();
    form.set("file", new File([PNG], "a.png"));
    url.searchParams.set("purpose", "ticket");
    return new NextRequest(url, { method, headers, body: form });
  }
  headers.set("content-type", "application/json");
  const body = expected(op, role) === "refuse" ? validBody(op) : {};
  return new NextRequest(url, { method, headers, body: JSON.stringify(body) });
}

async function check(op: Operation, role: Role, entry: RouteEntry): Promise<void> {
  const response = await call(
    entry,
    requestAs(op, role),
    Object.fromEntries(Object.keys(entry.params).map((name) => [name, world.params[name] ?? "x"])),
  );
  checks.http++;
  const refused = REFUSED.includes(response.status);
  const verdict = expected(op, role);
  const ok =
    verdict === "refuse" ? refused : response.status !== 401 && response.status !== 403 && response.status < 500;
  if (!ok) wrong.push(`${opKey(op)} as ${role}: expected ${verdict}, got ${response.status}`);
}

describe("every /api/v1 operation × every role", () => {
  it("the registry and the route files list the same operations", () => {
    expect([...routes.keys()].sort()).toEqual(OPERATIONS.map(opKey).sort());
  });

  it("allows exactly the declared audience and token scope; refusals store nothing", { timeout: 120_000 }, async () => {
    // Sign-out everywhere would end the sessions the rest of the matrix runs with: only its refusals are checked.
    const endsSessions = (op: Operation, role: Role) =>
      opKey(op) === "DELETE /api/v1/me/sessions" && expected(op, role) === "allow";
    for (const op of OPERATIONS) {
      const entry = routes.get(opKey(op))!;
      const refusedRoles = ROLES.filter((role) => expected(op, role) === "refuse");
      const before = await countAll();
      for (const role of refusedRoles) await check(op, role, entry);
      const after = await countAll();
      if (after !== before) wrong.push(`${opKey(op)}: a refusal stored something`);
      for (const role of ROLES.filter((r) => expected(op, r) === "allow" && !endsSessions(op, r)))
        await check(op, role, entry);
    }
    expect(wrong).toEqual([]);
  });
});

/** Every server action with the role its guard demands, read from `export const x = adminAction(` in the source. */
function serverActions(): { file: string; name: string; role: "admin" | "supervisor" | "agent" }[] {
  const root = path.resolve(import.meta.dirname, "../..");
  return readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "actions.ts")
    .flatMap((file) =>
      [
        ...readFileSync(path.join(root, "app", file), "utf8").matchAll(
          /export const (\w+) = (admin|supervisor|agent)Action\(/g,
        ),
      ].map((match) => ({
        file: path.join(root, "app", file),
        name: match[1]!,
        role: match[2] as "admin" | "supervisor" | "agent",
      })),
    );
}

const RANK: Record<BrowserRole | "anonymous", number> = {
  anonymous: 0,
  guest: 0,
  customer: 0,
  otherCustomer: 0,
  agent: 1,
  supervisor: 2,
  admin: 3,
};
const NEEDS = { agent: 1, supervisor: 2, admin: 3 } as const;

describe("every staff server action × every role", () => {
  it(
    "is refused below its role and stores nothing; the role itself gets past the guard",
    { timeout: 60_000 },
    async () => {
      const actions = serverActions();
      expect(actions.length).toBeGreaterThan(20);
      const before = await countAll();
      for (const action of actions) {
        const fn = (await import(action.file))[action.name] as (
          ...args: unknown[]
        ) => Promise<{ ok: boolean; code?: string }>;
        for (const role of ["anonymous", ...CUSTOMERS, "agent", "supervisor"] as const) {
          if (RANK[role] >= NEEDS[action.role]) continue;
          jar.cookie = role === "anonymous" ? "" : world.cookies[role];
          const result = await fn(undefined, undefined);
          checks.actions++;
          if (result.ok || !["UNAUTHENTICATED", "FORBIDDEN"].includes(result.code ?? ""))
            wrong.push(`${action.name} as ${role}: expected a refusal, got ${JSON.stringify(result).slice(0, 80)}`);
        }
      }
      expect(await countAll()).toBe(before);
      // The required role passes the guard: whatever the (empty) input then gets, it is not a refusal of the person.
      for (const action of actions) {
        const fn = (await import(action.file))[action.name] as (
          ...args: unknown[]
        ) => Promise<{ ok: boolean; code?: string }>;
        jar.cookie = world.cookies[action.role];
        const result = await fn({}, {});
        checks.actions++;
        if (!result.ok && ["UNAUTHENTICATED", "FORBIDDEN"].includes(result.code ?? ""))
          wrong.push(`${action.name} as ${action.role}: refused (${result.code})`);
      }
      expect(wrong).toEqual([]);
    },
  );
});

/** Who may send each command: the customer owns the chat and ticket; agents work their team's. */
const COMMANDS: Record<string, BrowserRole[]> = {
  "ticket.watch": ["customer", "agent", "supervisor", "admin"],
  // Leaving a room, and moving one's own read position (the update's where names the reader): no-ops for others.
  "ticket.unwatch": ["guest", "customer", "otherCustomer", "agent", "supervisor", "admin"],
  "conversation.read": ["guest", "customer", "otherCustomer", "agent", "supervisor", "admin"],
  "ticket.presence.set": ["agent", "supervisor", "admin"],
  "conversation.join": ["customer", "agent", "supervisor", "admin"],
  // Only from a socket that joined the chat's room; the recording socket joins none, so nobody gets through here.
  "typing.set": [],
  "handoff.request": ["customer", "agent", "supervisor", "admin"],
  "agent.status.set": ["agent", "supervisor", "admin"],
  "agent.availability.set": ["supervisor", "admin"],
  "conversation.accept": ["agent", "supervisor", "admin"],
  "conversation.transfer": ["agent", "supervisor", "admin"],
  // Staff write in and close their team's chats.
  "message.send": ["customer", "agent", "supervisor", "admin"],
  "conversation.close": ["customer", "agent", "supervisor", "admin"],
  "wallboard.watch": ["supervisor", "admin"],
};
const SOCKET_REFUSALS = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"];

describe("every socket command × every role", () => {
  it("refuses whoever the command is not for and stores nothing", { timeout: 60_000 }, async () => {
    const roles = ["guest", ...CUSTOMERS.slice(1), ...STAFF] as BrowserRole[];
    const commandsOf = Object.fromEntries(roles.map((role) => [role, socketCommands(world.actors[role])]));
    expect([...commandsOf.customer!.keys()].sort()).toEqual(Object.keys(COMMANDS).sort());
    const payload = {
      conversationId: world.params.conversationId,
      ref: world.params.ticketNumber,
      clientId: crypto.randomUUID(),
      body: "matrix",
      typing: true,
      replying: true,
      seq: 1,
      status: "AWAY",
      agentId: world.actors.agent.id,
      toAgentId: world.actors.supervisor.id,
      maxConcurrentChats: 3,
    };
    // Refusals first, for every command; then the allowed, with closing the chat last.
    const before = await countAll();
    for (const [event, allowed] of Object.entries(COMMANDS))
      for (const role of roles.filter((r) => !allowed.includes(r))) {
        const ack = await commandsOf[role]!.get(event)!(payload);
        checks.sockets++;
        if (ack.ok || !SOCKET_REFUSALS.includes(String(ack.code)))
          wrong.push(`${event} as ${role}: expected a refusal, got ${JSON.stringify(ack).slice(0, 80)}`);
      }
    expect(await countAll()).toBe(before);
    for (const [event, allowed] of Object.entries(COMMANDS))
      for (const role of allowed) {
        const ack = await commandsOf[role]!.get(event)!(payload);
        checks.sockets++;
        if (!ack.ok && SOCKET_REFUSALS.includes(String(ack.code)))
          wrong.push(`${event} as ${role}: refused (${JSON.stringify(ack).slice(0, 80)})`);
      }
    expect(wrong).toEqual([]);
  });
});
