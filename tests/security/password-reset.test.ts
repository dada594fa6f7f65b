import { describe, expect, it } from "vitest";
import { POST as requestRoute } from "@/app/api/v1/auth/password-reset/route";
import { POST as completeRoute } from "@/app/api/v1/auth/password-reset/complete/route";
import { GET as me } from "@/app/api/v1/me/route";
import { toActor } from "@/lib/auth/actor";
import { hashToken } from "@/lib/auth/totp";
import { getPrisma } from "@/lib/db/client";
import { acceptInvitation, findPendingInvitations, revokeInvitation } from "@/lib/services/account-links/invitations";
import { RESET_LIMITS } from "@/lib/services/account-links/password-reset";
import { addStaffMember } from "@/lib/services/teams/staff";
import { createUser, uniqueEmail } from "../factories/users";
import { noParams, request } from "../helpers/http";
import { authorize, signIn } from "../helpers/sign-in";

const ask = (email: string, ip = "198.51.100.10") =>
  requestRoute(
    request("/api/v1/auth/password-reset", { body: { email }, headers: { "x-beacon-client-ip": ip }, locale: "en" }),
    noParams,
  );
const complete = async (token: string, newPassword = "a brand new password") => {
  const response = await completeRoute(
    request("/api/v1/auth/password-reset/complete", { body: { token, newPassword }, locale: "en" }),
    noParams,
  );
  return { status: response.status, body: await response.json() };
};
const mailsTo = async (to: string) =>
  (await getPrisma()).emailOutbox.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const tokenIn = (text: string) => decodeURIComponent(/\/login\/reset\?token=([^\s]+)/.exec(text)![1]!);

describe("password reset by email", () => {
  it("answers the same for known and unknown addresses; only a real account gets mail, in its language", async () => {
    const user = await createUser({ locale: "zh-CN" });
    const unknown = uniqueEmail("nobody");
    const [known, stranger] = [await ask(user.email!, "198.51.100.1"), await ask(unknown, "198.51.100.1")];
    expect([known.status, stranger.status]).toEqual([202, 202]);
    expect(await known.json()).toEqual(await stranger.json());
    expect(await mailsTo(unknown)).toHaveLength(0);
    const [mail] = await mailsTo(user.email!);
    expect(mail!.subject).toBe("重置您的 Beacon 密码");
    // Only the token's hash is stored.
    const token = tokenIn(mail!.text);
    const prisma = await getPrisma();
    const stored = await prisma.authToken.findFirstOrThrow({ where: { userId: user.id, kind: "PASSWORD_RESET" } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(Math.abs(stored.expiresAt.getTime() - stored.createdAt.getTime() - 30 * 60_000)).toBeLessThan(5000);
  });

  it("the link sets a new password once, and every session of the account ends", async () => {
    const user = await createUser();
    const { cookie } = await signIn(user.email!);
    await ask(user.email!, "198.51.100.2");
    const token = tokenIn((await mailsTo(user.email!))[0]!.text);
    expect(await complete(token)).toEqual({ status: 200, body: { ok: true } });
    expect((await (await me(request("/api/v1/me", { cookie }), noParams)).json()).user).toBeNull();
    const headers = { "x-beacon-client-ip": "198.51.100.3" };
    expect(await authorize({ email: user.email!, password: "a brand new password" }, { headers })).toMatchObject({
      id: user.id,
    });
    const again = await complete(token, "yet another password");
    expect(again.status).toBe(400);
    expect(again.body.error.message).toBe("This link is invalid, was already used or has expired. Ask for a new one.");
    const prisma = await getPrisma();
    expect(await prisma.auditEvent.count({ where: { action: "password.reset", targetId: user.id } })).toBe(1);
  });

  it("an expired link, an older link after a newer one, and a made-up token are refused", async () => {
    const user = await createUser();
    await ask(user.email!, "198.51.100.4");
    await ask(user.email!, "198.51.100.4");
    const [older, newer] = (await mailsTo(user.email!)).map((mail) => tokenIn(mail.text));
    expect((await complete(older!)).status).toBe(400);
    const prisma = await getPrisma();
    await prisma.authToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await complete(newer!)).status).toBe(400);
    expect((await complete("x".repeat(43))).status).toBe(400);
  });

  it("is limited per address (mail stops, the answer does not change) and per network (429)", async () => {
    const user = await createUser();
    for (let i = 0; i < RESET_LIMITS.perEmail.points + 2; i++) {
      expect((await ask(user.email!, `198.51.100.${20 + i}`)).status).toBe(202);
    }
    expect(await mailsTo(user.email!)).toHaveLength(RESET_LIMITS.perEmail.points);
    const statuses: number[] = [];
    for (let i = 0; i <= RESET_LIMITS.perIp.points; i++)
      statuses.push((await ask(uniqueEmail("spray"), "198.51.100.99")).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 202)).toHaveLength(RESET_LIMITS.perIp.points);
  });
});

describe("staff invitations", () => {
  it("an admin sees a pending invitation and revokes it: the link stops working and the account has no console", async () => {
    const admin = toActor(await createUser({ role: "ADMIN" }));
    const email = uniqueEmail("invitee");
    await addStaffMember({ actor: admin, email, name: "Invitee", role: "SUPERVISOR", teamIds: [] });
    const token = decodeURIComponent(/\/login\/invite\?token=(\S+)/.exec((await mailsTo(email))[0]!.text)![1]!);
    const pending = await findPendingInvitations({ actor: admin });
    const invite = pending.find((p) => p.email === email)!;
    expect(invite).toMatchObject({ role: "SUPERVISOR", name: "Invitee" });
    const agent = toActor(await createUser({ role: "AGENT" }));
    await expect(findPendingInvitations({ actor: agent })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(revokeInvitation({ actor: agent, invitationId: invite.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await revokeInvitation({ actor: admin, invitationId: invite.id });
    expect((await findPendingInvitations({ actor: admin })).some((p) => p.email === email)).toBe(false);
    await expect(acceptInvitation({ token, newPassword: "too late now", ip: "192.0.2.91" })).rejects.toMatchObject({
      messageKey: "inviteLinkInvalid",
    });
    const prisma = await getPrisma();
    expect(await prisma.user.findUniqueOrThrow({ where: { email } })).toMatchObject({
      role: "CUSTOMER",
      passwordHash: null,
    });
    const actions = (await prisma.auditEvent.findMany({ where: { actorId: admin.id } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["invite.sent", "invite.revoked"]));
  });
});
