import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { authorize, signIn } from "../helpers/sign-in";
import { POST as changePasswordRoute } from "@/app/api/v1/me/password/route";
import { DELETE as signOutEverywhereRoute } from "@/app/api/v1/me/sessions/route";
import { GET as me } from "@/app/api/v1/me/route";
import { toActor } from "@/lib/auth/actor";
import { authOptions } from "@/lib/auth/options";
import { getPrisma } from "@/lib/db/client";
import { SESSION_LIFETIME_MS } from "@/lib/services/sessions/create-session";
import { removeStaffMember, updateStaffMember } from "@/lib/services/teams/staff";
import { createUser, FACTORY_PASSWORD, sessionCookie } from "../factories/users";
import { noParams, request } from "../helpers/http";
import { connectClient, startRealtimeServer } from "../helpers/realtime";

const whoAmI = async (cookie: string) =>
  (await (await me(request("/api/v1/me", { cookie }), noParams)).json()).user as { id: string } | null;

describe("sessions end on the server", () => {
  it("a cookie copied before sign-out no longer works after it", async () => {
    const user = await createUser();
    const { token, cookie } = await signIn(user.email!);
    expect(await whoAmI(cookie)).toMatchObject({ id: user.id });
    await authOptions.events!.signOut!({ token, session: undefined as never });
    expect(await whoAmI(cookie)).toBeNull();
  });

  it("records where each sign-in came from", async () => {
    const user = await createUser();
    await signIn(user.email!);
    const prisma = await getPrisma();
    expect(await prisma.session.findFirst({ where: { userId: user.id } })).toMatchObject({
      ip: "192.0.2.77",
      userAgent: "Vitest",
      revokedAt: null,
    });
  });

  it("a JWT without a server-side session (forged with the secret, or from before sessions) is refused", async () => {
    const user = await createUser();
    const bare = `next-auth.session-token=${await encode({ token: { sub: user.id }, secret: process.env.NEXTAUTH_SECRET! })}`;
    expect(await whoAmI(bare)).toBeNull();
    const otherSession = await signIn((await createUser()).email!);
    const borrowed = `next-auth.session-token=${await encode({ token: { sub: user.id, sid: otherSession.token.sid }, secret: process.env.NEXTAUTH_SECRET! })}`;
    expect(await whoAmI(borrowed)).toBeNull();
  });

  it("sign out everywhere ends every session of the account, audited", async () => {
    const user = await createUser();
    const [laptop, phone] = [await signIn(user.email!), await signIn(user.email!)];
    const response = await signOutEverywhereRoute(
      request("/api/v1/me/sessions", { method: "DELETE", cookie: laptop.cookie }),
      noParams,
    );
    expect(await response.json()).toEqual({ ended: 2 });
    expect(await whoAmI(laptop.cookie)).toBeNull();
    expect(await whoAmI(phone.cookie)).toBeNull();
    const prisma = await getPrisma();
    expect(await prisma.auditEvent.count({ where: { action: "sessions.revoked_all", targetId: user.id } })).toBe(1);
  });

  it("a demotion or removal from staff ends the person's sessions", async () => {
    const admin = toActor(await createUser({ role: "ADMIN" }));
    const demoted = await createUser({ role: "ADMIN" });
    const removed = await createUser({ role: "AGENT" });
    const [a, b] = [await sessionCookie(demoted.id), await sessionCookie(removed.id)];
    await updateStaffMember({ actor: admin, userId: demoted.id, role: "AGENT", teamIds: [] });
    await removeStaffMember({ actor: admin, userId: removed.id });
    expect(await whoAmI(a)).toBeNull();
    expect(await whoAmI(b)).toBeNull();
  });

  it("staff sessions last 12 hours, customers' 30 days; an expired one is refused", async () => {
    const [agent, customer] = [await createUser({ role: "AGENT" }), await createUser()];
    await Promise.all([signIn(agent.email!), signIn(customer.email!)]);
    const prisma = await getPrisma();
    const lifetime = async (userId: string) => {
      const s = await prisma.session.findFirstOrThrow({ where: { userId } });
      return s.expiresAt.getTime() - s.createdAt.getTime();
    };
    expect(Math.abs((await lifetime(agent.id)) - SESSION_LIFETIME_MS.staff)).toBeLessThan(5000);
    expect(Math.abs((await lifetime(customer.id)) - SESSION_LIFETIME_MS.customer)).toBeLessThan(5000);
    expect(SESSION_LIFETIME_MS.staff).toBe(12 * 3600 * 1000);
    const { cookie } = await signIn(agent.email!);
    await prisma.session.updateMany({ where: { userId: agent.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await whoAmI(cookie)).toBeNull();
  });

  it("the socket handshake refuses a revoked session", async () => {
    const user = await createUser();
    const { token, cookie } = await signIn(user.email!);
    const server = await startRealtimeServer();
    try {
      (await connectClient(server.url, { cookie })).close();
      await authOptions.events!.signOut!({ token, session: undefined as never });
      await expect(connectClient(server.url, { cookie })).rejects.toThrow(/UNAUTHENTICATED/);
    } finally {
      await server.close();
    }
  });

  it("a password change proves the old one, keeps this session and ends every other, audited", async () => {
    const user = await createUser();
    const [here, elsewhere] = [await signIn(user.email!), await signIn(user.email!)];
    const change = (body: object) =>
      changePasswordRoute(request("/api/v1/me/password", { body, cookie: here.cookie, locale: "en" }), noParams);
    const wrong = await change({ currentPassword: "not it", newPassword: "a new long password" });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.fields).toEqual({ currentPassword: "Your current password is not correct." });
    expect(await whoAmI(elsewhere.cookie)).not.toBeNull();

    const done = await change({ currentPassword: FACTORY_PASSWORD, newPassword: "a new long password" });
    expect(await done.json()).toEqual({ endedSessions: 1 });
    expect(await whoAmI(here.cookie)).toMatchObject({ id: user.id });
    expect(await whoAmI(elsewhere.cookie)).toBeNull();
    expect(
      await authorize(
        { email: user.email!, password: FACTORY_PASSWORD },
        { headers: { "x-beacon-client-ip": "192.0.2.78" } },
      ),
    ).toBeNull();
    expect(
      await authorize(
        { email: user.email!, password: "a new long password" },
        { headers: { "x-beacon-client-ip": "192.0.2.78" } },
      ),
    ).toMatchObject({ id: user.id });
    const prisma = await getPrisma();
    expect(await prisma.auditEvent.count({ where: { action: "password.changed", targetId: user.id } })).toBe(1);
  });

  it("audits sign-ins, failures and blocked attempts with address and browser", async () => {
    const user = await createUser();
    await signIn(user.email!);
    const headers = { "x-beacon-client-ip": "192.0.2.79", "user-agent": "Probe/1" };
    for (let i = 0; i < 6; i++) await authorize({ email: user.email!, password: "wrong" }, { headers });
    await authorize({ email: "nobody-here@test.beacon", password: "wrong" }, { headers });
    const prisma = await getPrisma();
    const events = await prisma.auditEvent.findMany({
      where: { action: { startsWith: "signin." }, OR: [{ targetId: user.id }, { ip: "192.0.2.79" }] },
    });
    const count = (action: string) => events.filter((e) => e.action === action).length;
    expect(count("signin.succeeded")).toBe(1);
    expect(count("signin.failed")).toBe(6);
    expect(count("signin.blocked")).toBe(1);
    expect(events.find((e) => e.action === "signin.succeeded")).toMatchObject({
      actorId: user.id,
      ip: "192.0.2.77",
      data: { userAgent: "Vitest" },
    });
    expect(events.find((e) => e.action === "signin.failed" && e.actorId === null)?.data).toMatchObject({
      email: "nobody-here@test.beacon",
      userAgent: "Probe/1",
    });
  });
});
