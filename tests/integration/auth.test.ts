import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { GET as me } from "@/app/api/v1/me/route";
import { authOptions } from "@/lib/auth/options";
import { requireAdmin, requireAgent } from "@/lib/auth/guards";
import { toActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { loginBlockedFor } from "@/lib/rate-limit";
import { createUser, FACTORY_PASSWORD, sessionCookie, uniqueEmail } from "../factories/users";
import { noParams, request } from "../helpers/http";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const login = (email: string, password: string, ip = "203.0.113.7") =>
  authorize({ email, password }, { headers: { "x-beacon-client-ip": ip } });

describe("registration", () => {
  it("creates a customer account, and a second one with the same email gets a clear 409", async () => {
    const email = uniqueEmail();
    const first = await register(
      request("/api/v1/auth/register", { body: { name: "Mei", email, password: "long enough" } }),
      noParams,
    );
    expect(first.status).toBe(201);
    expect((await first.json()).user).toMatchObject({ email, role: "CUSTOMER" });

    const again = await register(
      request("/api/v1/auth/register", {
        body: { name: "Mei", email: email.toUpperCase(), password: "long enough" },
        locale: "zh-CN",
      }),
      noParams,
    );
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({
      error: {
        code: "CONFLICT",
        message: "该邮箱已注册，请直接登录。",
        fields: { email: "该邮箱已注册，请直接登录。" },
      },
    });
    const prisma = await getPrisma();
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("answers broken JSON with a 400 in the error shape, and stores nothing", async () => {
    const response = await register(
      request("/api/v1/auth/register", { body: '{"name": "x", ', locale: "en" }),
      noParams,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "BAD_REQUEST", message: "The request body is not valid JSON." },
    });
  });

  it("never stores the password in clear", async () => {
    const email = uniqueEmail();
    await register(
      request("/api/v1/auth/register", { body: { name: "Li", email, password: "my secret pw" } }),
      noParams,
    );
    const prisma = await getPrisma();
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe("login", () => {
  it("accepts the right password and answers a wrong email and a wrong password alike", async () => {
    const user = await createUser();
    expect(await login(user.email!, FACTORY_PASSWORD)).toMatchObject({ id: user.id, role: "CUSTOMER" });
    expect(await login(user.email!, "wrong password")).toBeNull();
    expect(await login(uniqueEmail("nobody"), FACTORY_PASSWORD)).toBeNull();
  });

  it("blocks an account and address after 5 failures in a minute, not other addresses", async () => {
    const user = await createUser();
    for (let i = 0; i < 5; i++) expect(await login(user.email!, "nope", "198.51.100.1")).toBeNull();
    expect(await loginBlockedFor(user.email!, "198.51.100.1")).toBeGreaterThan(0);
    expect(await loginBlockedFor(user.email!, "198.51.100.2")).toBe(0);
    expect(await login(user.email!, FACTORY_PASSWORD, "198.51.100.2")).toMatchObject({ id: user.id });
  });
});

describe("sessions and guards", () => {
  it("reads the session cookie and reloads the user from the database", async () => {
    const user = await createUser({ name: "Zhou" });
    const cookie = await sessionCookie(user.id);
    const body = await (await me(request("/api/v1/me", { cookie }), noParams)).json();
    expect(body.user).toMatchObject({ id: user.id, name: "Zhou", role: "CUSTOMER" });
    const anonymous = await (await me(request("/api/v1/me"), noParams)).json();
    expect(anonymous.user).toBeNull();
  });

  it("let agents through the agent guard and only admins through the admin guard", async () => {
    const [customer, agent, admin] = await Promise.all([
      createUser(),
      createUser({ role: "AGENT" }),
      createUser({ role: "ADMIN" }),
    ]).then((users) => users.map(toActor));
    expect(() => requireAgent(customer)).toThrow(/FORBIDDEN/);
    expect(requireAgent(agent)).toBe(agent);
    expect(() => requireAdmin(agent)).toThrow(/FORBIDDEN/);
    expect(requireAdmin(admin)).toBe(admin);
    expect(() => requireAgent(null)).toThrow(/UNAUTHENTICATED/);
  });
});
