import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { hashToken } from "@/lib/auth/totp";
import { acceptInvitation } from "@/lib/services/account-links/invitations";
import { getPrisma } from "@/lib/db/client";
import { watchServerClose } from "@/lib/realtime/client";
import { publish } from "@/lib/realtime/publish";
import {
  addStaffMember,
  createTeam,
  getStaffAdmin,
  removeStaffMember,
  updateStaffMember,
} from "@/lib/services/teams/staff";
import { parseInput } from "@/lib/contracts/parse";
import { createTeamSchema } from "@/lib/contracts/team";
import { eventually, reconnectingClient } from "../factories/chat";
import { createActor, createTeam as teamFixture, createUser, sessionCookie, uniqueEmail } from "../factories/users";
import { startRealtimeServer } from "../helpers/realtime";

let server: Awaited<ReturnType<typeof startRealtimeServer>>;
beforeAll(async () => {
  server = await startRealtimeServer();
});
afterAll(() => server.close());

describe("teams and staff (admin)", () => {
  it("refuses agents and customers, and explains a bad or taken team slug in the reader's language", async () => {
    const admin = await createActor({ role: "ADMIN" });
    for (const actor of [await createActor({ role: "AGENT" }), await createActor()]) {
      await expect(getStaffAdmin({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createTeam({ actor, slug: "vip-x", name: { en: "VIP", "zh-CN": "VIP" } })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(() =>
      parseInput(createTeamSchema, { slug: "VIP Support!", name: { en: "VIP", "zh-CN": "" } }, "zh-CN"),
    ).toThrow(
      expect.objectContaining({
        code: "VALIDATION_FAILED",
        fields: { slug: expect.stringContaining("小写字母"), "name.zh-CN": expect.any(String) },
      }),
    );
    const slug = `vip-${Date.now()}`;
    const team = await createTeam({ actor: admin, slug, name: { en: "VIP desk", "zh-CN": "VIP 专席" } });
    await expect(createTeam({ actor: admin, slug, name: { en: "Again", "zh-CN": "再次" } })).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { slug: "teamSlugTaken" },
    });
    const view = await getStaffAdmin({ actor: admin });
    expect(view.teams.find((t) => t.id === team.id)).toMatchObject({ slug, members: 0, topics: 0 });
  });

  it("invites a new agent by an emailed link (no password shown), promotes an existing customer, and refuses someone already on staff", async () => {
    const admin = await createActor({ role: "ADMIN" });
    const team = await teamFixture();
    const email = uniqueEmail("new-agent");
    const added = await addStaffMember({ actor: admin, email, name: "New Agent", role: "AGENT", teamIds: [team.id] });
    expect(added).toEqual({ userId: expect.any(String), email, promoted: false, invited: true });
    const prisma = await getPrisma();
    const user = await prisma.user.findUniqueOrThrow({
      where: { email },
      include: { teams: true, agentProfile: true },
    });
    expect(user).toMatchObject({ role: "AGENT", teams: [{ teamId: team.id }], agentProfile: { status: "OFFLINE" } });
    // No password exists until the invited person chooses one from the link; the link's token is stored hashed.
    expect(user.passwordHash).toBeNull();
    const [mail] = await prisma.emailOutbox.findMany({ where: { to: email } });
    const token = decodeURIComponent(/\/login\/invite\?token=(\S+)/.exec(mail!.text)![1]!);
    expect(await prisma.authToken.findFirst({ where: { kind: "INVITE", userId: user.id } })).toMatchObject({
      tokenHash: hashToken(token),
      usedAt: null,
    });
    await acceptInvitation({ token, newPassword: "chosen by the agent", ip: "192.0.2.90" });
    const accepted = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword(accepted.passwordHash, "chosen by the agent")).toBe(true);
    await expect(acceptInvitation({ token, newPassword: "a second try", ip: "192.0.2.90" })).rejects.toMatchObject({
      messageKey: "inviteLinkInvalid",
    });

    const customer = await createUser();
    expect(
      await addStaffMember({ actor: admin, email: customer.email!, name: "ignored", role: "ADMIN", teamIds: [] }),
    ).toMatchObject({ promoted: true, invited: false });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({
      role: "ADMIN",
      name: customer.name,
      passwordHash: customer.passwordHash,
    });
    await expect(
      addStaffMember({ actor: admin, email, name: "Twice", role: "AGENT", teamIds: [] }),
    ).rejects.toMatchObject({ code: "CONFLICT", fields: { email: "staffExists" } });
    expect(await prisma.auditEvent.count({ where: { actorId: admin.id, action: "staff.added" } })).toBe(2);

    // Two admins adding the same new person at once: one account, and a clear 409 for the other.
    const twin = uniqueEmail("twin");
    const both = await Promise.allSettled(
      [0, 1].map(() => addStaffMember({ actor: admin, email: twin, name: "Twin", role: "AGENT", teamIds: [] })),
    );
    expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(both.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await prisma.user.count({ where: { email: twin } })).toBe(1);
  });

  it("changes role and teams together or not at all; an admin cannot demote themselves", async () => {
    const admin = await createActor({ role: "ADMIN" });
    const [a, b] = [await teamFixture(), await teamFixture()];
    const agent = await createUser({ role: "AGENT" });
    const prisma = await getPrisma();
    await prisma.teamMember.create({ data: { teamId: a.id, userId: agent.id } });

    await expect(
      updateStaffMember({ actor: admin, userId: agent.id, role: "ADMIN", teamIds: [b.id, "no-such-team"] }),
    ).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { teamIds: "teamInvalid" },
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: agent.id }, include: { teams: true } })).toMatchObject({
      role: "AGENT",
      teams: [{ teamId: a.id }],
    });

    await updateStaffMember({ actor: admin, userId: agent.id, role: "ADMIN", teamIds: [b.id] });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: agent.id }, include: { teams: true } })).toMatchObject({
      role: "ADMIN",
      teams: [{ teamId: b.id }],
    });
    await expect(
      updateStaffMember({ actor: admin, userId: admin.id, role: "AGENT", teamIds: [] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const customer = await createUser();
    await expect(
      updateStaffMember({ actor: admin, userId: customer.id, role: "AGENT", teamIds: [] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("moves an agent's open console into the new team's room at once (the socket reconnects by itself)", async () => {
    const admin = await createActor({ role: "ADMIN" });
    const team = await teamFixture();
    const agent = await createUser({ role: "AGENT" });
    // The console's own reconnect rule (lib/realtime/client) on a Node socket.
    const socket = watchServerClose(await reconnectingClient(server.url, await sessionCookie(agent.id)));
    const seen: unknown[] = [];
    socket.on("queue.updated", (payload) => seen.push(payload));
    let connects = 0;
    socket.on("connect", () => connects++);

    await updateStaffMember({ actor: admin, userId: agent.id, role: "AGENT", teamIds: [team.id] });
    await eventually(() => connects === 1 && socket.connected, "the agent's socket to come back");
    // The handshake joins rooms asynchronously: publish until the new team's room reaches the agent.
    await eventually(
      () => (publish(`team:${team.id}`, "queue.updated", { kind: "queue", entries: [] } as never), seen.length > 0),
      "an event to the new team's room",
      10_000,
    );
    socket.close();
  });

  it("takes console access away only once the person's chats are handed over", async () => {
    const admin = await createActor({ role: "ADMIN" });
    const team = await teamFixture();
    const agent = await createUser({ role: "AGENT" });
    const prisma = await getPrisma();
    await prisma.teamMember.create({ data: { teamId: team.id, userId: agent.id } });
    const customer = await createUser();
    const chat = await prisma.conversation.create({
      data: { customerId: customer.id, assigneeId: agent.id, status: "ACTIVE" },
    });

    await expect(removeStaffMember({ actor: admin, userId: agent.id })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "staffHasChats",
      params: { count: 1 },
    });
    await prisma.conversation.update({ where: { id: chat.id }, data: { status: "CLOSED" } });
    await expect(removeStaffMember({ actor: admin, userId: admin.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await removeStaffMember({ actor: admin, userId: agent.id });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: agent.id }, include: { teams: true } })).toMatchObject({
      role: "CUSTOMER",
      teams: [],
    });
    expect((await getStaffAdmin({ actor: admin })).staff.some((s) => s.id === agent.id)).toBe(false);
  });
});
