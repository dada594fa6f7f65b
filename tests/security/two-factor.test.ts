import { generateSync } from "otplib";
import { afterEach, describe, expect, it } from "vitest";
import { GET as pendingRoute, POST as codeRoute } from "@/app/api/v1/auth/two-factor/route";
import { DELETE as disableRoute, POST as enableRoute } from "@/app/api/v1/me/two-factor/route";
import { POST as setupRoute } from "@/app/api/v1/me/two-factor/setup/route";
import { POST as regenerateRoute } from "@/app/api/v1/me/two-factor/recovery-codes/route";
import { GET as me } from "@/app/api/v1/me/route";
import { toActor } from "@/lib/auth/actor";
import { hashToken } from "@/lib/auth/totp";
import { getPrisma } from "@/lib/db/client";
import { resetTwoFactor } from "@/lib/services/two-factor/disable";
import { setStaffTwoFactor, STAFF_TWO_FACTOR_KEY } from "@/lib/services/two-factor/policy";
import { createUser, FACTORY_PASSWORD } from "../factories/users";
import { noParams, request } from "../helpers/http";
import { connectClient, emitAck, startRealtimeServer } from "../helpers/realtime";
import { signIn } from "../helpers/sign-in";

const call = async (handler: typeof codeRoute, path: string, cookie: string, body?: object, method?: string) => {
  const response = await handler(request(path, { cookie, body, method, locale: "en" }), noParams);
  return { status: response.status, body: await response.json() };
};
const whoAmI = async (cookie: string) =>
  (await call(me, "/api/v1/me", cookie)).body.user as Record<string, unknown> | null;

/** Turns 2FA on for a fresh account through the API; returns its secret, recovery codes and the session used. */
async function userWithTwoFactor(role: "CUSTOMER" | "AGENT" | "ADMIN" = "CUSTOMER") {
  const user = await createUser({ role });
  const { cookie } = await signIn(user.email!);
  const setup = await call(setupRoute, "/api/v1/me/two-factor/setup", cookie, undefined, "POST");
  const secret = setup.body.secret as string;
  const enabled = await call(enableRoute, "/api/v1/me/two-factor", cookie, { code: generateSync({ secret }) });
  expect(enabled.status).toBe(200);
  return { user, secret, cookie, recoveryCodes: enabled.body.recoveryCodes as string[] };
}

/** A code for a later 30-second step than the last one used (codes are never accepted twice). */
const nextCode = (secret: string, steps = 1) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * steps });

afterEach(async () => {
  const prisma = await getPrisma();
  await prisma.setting.deleteMany({ where: { key: STAFF_TWO_FACTOR_KEY } });
});

describe("TOTP two-factor authentication", () => {
  it("setup shows the secret once, keeps it encrypted, and stores only hashes of ten recovery codes", async () => {
    const { user, secret, cookie, recoveryCodes } = await userWithTwoFactor();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(recoveryCodes).toHaveLength(10);
    const prisma = await getPrisma();
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { recoveryCodes: true } });
    expect(row.totpSecret).not.toContain(secret);
    expect(row.recoveryCodes.map((c) => c.codeHash).sort()).toEqual(recoveryCodes.map(hashToken).sort());
    // Nothing reads the secret back out: a second setup is refused while 2FA is on.
    expect((await call(setupRoute, "/api/v1/me/two-factor/setup", cookie, undefined, "POST")).status).toBe(409);
    expect(await prisma.auditEvent.count({ where: { action: "2fa.enabled", targetId: user.id } })).toBe(1);
  });

  it("a wrong code does not turn 2FA on", async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.email!);
    await call(setupRoute, "/api/v1/me/two-factor/setup", cookie, undefined, "POST");
    const wrong = await call(enableRoute, "/api/v1/me/two-factor", cookie, { code: "000000" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.code).toBe("That code is not correct, or it was already used.");
  });

  it("after the password, the session grants nothing until the code: calling next-auth directly is not enough", async () => {
    const { user, secret } = await userWithTwoFactor();
    const { cookie } = await signIn(user.email!);
    expect(await whoAmI(cookie)).toBeNull();
    expect((await call(pendingRoute, "/api/v1/auth/two-factor", cookie)).body).toEqual({ pending: true });
    const server = await startRealtimeServer();
    try {
      await expect(connectClient(server.url, { cookie })).rejects.toThrow(/UNAUTHENTICATED/);
    } finally {
      await server.close();
    }
    expect((await call(codeRoute, "/api/v1/auth/two-factor", cookie, { code: "123456" })).status).toBe(400);
    const done = await call(codeRoute, "/api/v1/auth/two-factor", cookie, { code: nextCode(secret) });
    expect(done).toEqual({ status: 200, body: { method: "totp" } });
    expect(await whoAmI(cookie)).toMatchObject({ id: user.id });
    expect((await call(pendingRoute, "/api/v1/auth/two-factor", cookie)).body).toEqual({ pending: false });
    const prisma = await getPrisma();
    const actions = (await prisma.auditEvent.findMany({ where: { targetId: user.id } })).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["signin.password_ok", "signin.second_factor_failed", "signin.second_factor"]),
    );
  });

  it("a code is accepted once; a recovery code signs in once", async () => {
    const { user, secret, recoveryCodes } = await userWithTwoFactor();
    const code = nextCode(secret);
    const first = await signIn(user.email!);
    expect((await call(codeRoute, "/api/v1/auth/two-factor", first.cookie, { code })).status).toBe(200);
    const second = await signIn(user.email!);
    expect((await call(codeRoute, "/api/v1/auth/two-factor", second.cookie, { code })).status).toBe(400);
    const typed = recoveryCodes[0]!.toUpperCase().replace(/-/g, " ");
    expect(await call(codeRoute, "/api/v1/auth/two-factor", second.cookie, { code: typed })).toEqual({
      status: 200,
      body: { method: "recovery" },
    });
    const third = await signIn(user.email!);
    expect((await call(codeRoute, "/api/v1/auth/two-factor", third.cookie, { code: recoveryCodes[0]! })).status).toBe(
      400,
    );
  });

  it("five wrong codes end the waiting sign-in (429), and the right code no longer helps", async () => {
    const { user, secret } = await userWithTwoFactor();
    const { cookie } = await signIn(user.email!);
    for (let i = 0; i < 5; i++) await call(codeRoute, "/api/v1/auth/two-factor", cookie, { code: "111111" });
    expect((await call(codeRoute, "/api/v1/auth/two-factor", cookie, { code: nextCode(secret) })).status).toBe(429);
    expect((await call(codeRoute, "/api/v1/auth/two-factor", cookie, { code: nextCode(secret, 2) })).status).toBe(401);
    expect(await whoAmI(cookie)).toBeNull();
  });

  it("turning 2FA off needs the password and ends other sessions", async () => {
    const { user, cookie } = await userWithTwoFactor();
    expect((await call(disableRoute, "/api/v1/me/two-factor", cookie, { password: "nope" }, "DELETE")).status).toBe(
      400,
    );
    expect(
      (await call(disableRoute, "/api/v1/me/two-factor", cookie, { password: FACTORY_PASSWORD }, "DELETE")).status,
    ).toBe(200);
    const { cookie: plain } = await signIn(user.email!);
    expect(await whoAmI(plain)).toMatchObject({ id: user.id });
  });

  it("new recovery codes need the password or a current code; the old ones stop working; audited", async () => {
    const { user, secret, cookie, recoveryCodes } = await userWithTwoFactor();
    const regenerate = (body: object) =>
      call(regenerateRoute, "/api/v1/me/two-factor/recovery-codes", cookie, body, "POST");
    expect((await regenerate({})).status).toBe(400);
    expect((await regenerate({ password: "not-my-password" })).body.error.fields.password).toBe(
      "Your current password is not correct.",
    );
    expect((await regenerate({ code: "000000" })).status).toBe(400);
    const prisma = await getPrisma();
    const stored = async () =>
      (await prisma.recoveryCode.findMany({ where: { userId: user.id } })).map((c) => c.codeHash).sort();
    // Refusals change nothing.
    expect(await stored()).toEqual(recoveryCodes.map(hashToken).sort());

    const byCode = await regenerate({ code: nextCode(secret) });
    expect(byCode.status).toBe(200);
    const fresh = byCode.body.recoveryCodes as string[];
    expect(fresh).toHaveLength(10);
    expect(await stored()).toEqual(fresh.map(hashToken).sort());
    const byPassword = await regenerate({ password: FACTORY_PASSWORD });
    expect(byPassword.status).toBe(200);
    const latest = byPassword.body.recoveryCodes as string[];

    // Only the latest codes sign in.
    const pending = await signIn(user.email!);
    for (const old of [recoveryCodes[0]!, fresh[0]!])
      expect((await call(codeRoute, "/api/v1/auth/two-factor", pending.cookie, { code: old })).status).toBe(400);
    expect((await call(codeRoute, "/api/v1/auth/two-factor", pending.cookie, { code: latest[0]! })).status).toBe(200);
    const audited = await prisma.auditEvent.findMany({
      where: { action: "2fa.recovery_codes_regenerated", targetId: user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audited.map((e) => e.data)).toEqual([{ proof: "code" }, { proof: "password" }]);
    // Without 2FA there is nothing to replace.
    const plain = await createUser();
    const response = await call(
      regenerateRoute,
      "/api/v1/me/two-factor/recovery-codes",
      (await signIn(plain.email!)).cookie,
      { password: FACTORY_PASSWORD },
      "POST",
    );
    expect(response.status).toBe(409);
  });

  it("an admin resets a member's 2FA: their sessions end, audited; nobody else may", async () => {
    const admin = toActor(await createUser({ role: "ADMIN" }));
    const agentActor = toActor(await createUser({ role: "AGENT" }));
    const { user, cookie } = await userWithTwoFactor("AGENT");
    await expect(resetTwoFactor({ actor: agentActor, userId: user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await resetTwoFactor({ actor: admin, userId: user.id });
    expect(await whoAmI(cookie)).toBeNull();
    const prisma = await getPrisma();
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      totpEnabledAt: null,
      totpSecret: null,
    });
    expect(
      await prisma.auditEvent.count({ where: { action: "2fa.reset", actorId: admin.id, targetId: user.id } }),
    ).toBe(1);
  });

  it('"staff must use 2FA": staff without it have no staff power over HTTP or sockets until they set it up', async () => {
    const admin = toActor(await createUser({ role: "ADMIN" }));
    const member = await createUser({ role: "ADMIN" });
    const { cookie } = await signIn(member.email!);
    await setStaffTwoFactor({ actor: admin, required: true });
    expect(await whoAmI(cookie)).toMatchObject({ id: member.id, twoFactorSetupRequired: true });
    const server = await startRealtimeServer();
    try {
      const socket = await connectClient(server.url, { cookie });
      expect(await emitAck(socket, "wallboard.watch", {})).toMatchObject({ ok: false, code: "FORBIDDEN" });
      socket.close();
      const setup = await call(setupRoute, "/api/v1/me/two-factor/setup", cookie, undefined, "POST");
      const code = generateSync({ secret: setup.body.secret });
      expect((await call(enableRoute, "/api/v1/me/two-factor", cookie, { code })).status).toBe(200);
      expect((await whoAmI(cookie))?.twoFactorSetupRequired).toBeUndefined();
      const again = await connectClient(server.url, { cookie });
      expect(await emitAck(again, "wallboard.watch", {})).toMatchObject({ ok: true });
      again.close();
    } finally {
      await server.close();
    }
    // Customers are not asked.
    const customer = await createUser();
    expect((await whoAmI((await signIn(customer.email!)).cookie))?.twoFactorSetupRequired).toBeUndefined();
    const prisma = await getPrisma();
    expect(await prisma.auditEvent.count({ where: { action: "settings.changed", actorId: admin.id } })).toBe(1);
  });
});
