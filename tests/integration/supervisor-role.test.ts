import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PATCH as agentRoute } from "@/app/api/v1/agents/[agentId]/route";
import { POST as categoriesRoute } from "@/app/api/v1/kb/categories/route";
import { PATCH as ticketRoute } from "@/app/api/v1/tickets/[ticketNumber]/route";
import { setAgentAvailabilityAction } from "@/app/console/wallboard/actions";
import { saveSlaSettings } from "@/app/admin/sla/actions";
import { updateStaffAction } from "@/app/admin/teams/actions";
import { toActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { queuedChat } from "../factories/chat";
import { fileTicket } from "../factories/tickets";
import { createTeam, createUser, sessionCookie } from "../factories/users";
import { request, withParams } from "../helpers/http";
import { connectClient, emitAck, startRealtimeServer } from "../helpers/realtime";

// Server actions read the session cookie through next/headers: the test hands them the real signed cookie.
const jar = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      jar.cookie.startsWith(`${name}=`) ? { value: jar.cookie.slice(name.length + 1) } : undefined,
  }),
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let server: Awaited<ReturnType<typeof startRealtimeServer>>;
let people: Record<"agent" | "colleague" | "supervisor" | "outsider" | "admin", { id: string; cookie: string }>;
let team: { id: string };
let other: { id: string };

beforeAll(async () => {
  server = await startRealtimeServer();
  const prisma = await getPrisma();
  team = await createTeam("sv-alpha");
  other = await createTeam("sv-beta");
  const person = async (role: "AGENT" | "SUPERVISOR" | "ADMIN", teamId: string | null) => {
    const user = await createUser({ role, name: role });
    if (teamId) await prisma.teamMember.create({ data: { teamId, userId: user.id } });
    return { id: user.id, cookie: await sessionCookie(user.id) };
  };
  people = {
    agent: await person("AGENT", team.id),
    colleague: await person("AGENT", team.id),
    supervisor: await person("SUPERVISOR", team.id),
    outsider: await person("SUPERVISOR", other.id),
    admin: await person("ADMIN", null),
  };
});
afterAll(() => server.close());

const patchAgent = (cookie: string, agentId: string, body: object) =>
  agentRoute(request(`/api/v1/agents/${agentId}`, { method: "PATCH", cookie, body }), withParams({ agentId }));

describe("the supervisor role", () => {
  it("over HTTP: agents are refused supervisor actions, supervisors admin ones; a supervisor reaches only their teams", async () => {
    expect((await patchAgent(people.agent.cookie, people.colleague.id, { status: "OFFLINE" })).status).toBe(403);
    const done = await patchAgent(people.supervisor.cookie, people.colleague.id, {
      status: "AWAY",
      maxConcurrentChats: 6,
    });
    expect(done.status).toBe(200);
    expect((await done.json()).agent).toMatchObject({
      agentId: people.colleague.id,
      status: "AWAY",
      maxConcurrentChats: 6,
    });
    expect((await patchAgent(people.outsider.cookie, people.colleague.id, { status: "OFFLINE" })).status).toBe(404);
    expect((await patchAgent(people.admin.cookie, people.colleague.id, { status: "OFFLINE" })).status).toBe(200);
    expect((await patchAgent(people.supervisor.cookie, people.colleague.id, {})).status).toBe(400);

    const category = await categoriesRoute(
      request("/api/v1/kb/categories", {
        method: "POST",
        cookie: people.supervisor.cookie,
        locale: "en",
        body: { slug: "sv-cat", name: { en: "X", "zh-CN": "X" } },
      }),
      withParams({}),
    );
    expect(category.status).toBe(403);
    expect((await category.json()).error.message).toBe("Only administrators can do that.");
  });

  it("tickets: an agent cannot take a colleague's ticket away; the team's supervisor can", async () => {
    const customer = toActor(await createUser());
    const ticket = await fileTicket(customer);
    const prisma = await getPrisma();
    await prisma.ticket.update({
      where: { number: ticket.number },
      data: { teamId: team.id, assigneeId: people.colleague.id },
    });
    const ref = ticket.ref;
    const patch = (cookie: string, assigneeId: string) =>
      ticketRoute(
        request(`/api/v1/tickets/${ref}`, { method: "PATCH", cookie, locale: "en", body: { assigneeId } }),
        withParams({ ticketNumber: ref }),
      );
    const refused = await patch(people.agent.cookie, people.agent.id);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toContain("Only a supervisor of its team");
    expect((await patch(people.outsider.cookie, people.outsider.id)).status).toBe(403);
    expect((await patch(people.supervisor.cookie, people.agent.id)).status).toBe(200);
    // Now it is the agent's own: handing it on is theirs to do.
    expect((await patch(people.agent.cookie, people.colleague.id)).status).toBe(200);
  });

  it("server actions: supervisorAction refuses agents, adminAction refuses supervisors", async () => {
    jar.cookie = people.agent.cookie;
    expect(await setAgentAvailabilityAction({ agentId: people.colleague.id, status: "ONLINE" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    jar.cookie = people.supervisor.cookie;
    expect(await setAgentAvailabilityAction({ agentId: people.colleague.id, maxConcurrentChats: 3 })).toMatchObject({
      ok: true,
      data: { maxConcurrentChats: 3 },
    });
    expect(await updateStaffAction({ userId: people.agent.id, role: "ADMIN", teamIds: [] })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "Only administrators can do that.",
    });
    expect(await saveSlaSettings({})).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const prisma = await getPrisma();
    expect(await prisma.user.findUniqueOrThrow({ where: { id: people.agent.id } })).toMatchObject({ role: "AGENT" });
  });

  it("over the socket: the wallboard, agents' availability and moving a waiting chat are a supervisor's", async () => {
    const agentSocket = await connectClient(server.url, { cookie: people.agent.cookie });
    const supervisorSocket = await connectClient(server.url, { cookie: people.supervisor.cookie });
    try {
      expect(await emitAck(agentSocket, "wallboard.watch", {})).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(
        await emitAck(agentSocket, "agent.availability.set", { agentId: people.colleague.id, status: "OFFLINE" }),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
      const watched = await emitAck(supervisorSocket, "wallboard.watch", {});
      expect(watched).toMatchObject({ ok: true, board: { teams: [{ id: team.id }] } });
      expect(
        await emitAck(supervisorSocket, "agent.availability.set", { agentId: people.colleague.id, status: "OFFLINE" }),
      ).toMatchObject({ ok: true });

      const prisma = await getPrisma();
      const chat = await queuedChat(toActor(await createUser()));
      await prisma.conversation.update({ where: { id: chat.id }, data: { teamId: team.id } });
      expect(
        await emitAck(agentSocket, "conversation.transfer", { conversationId: chat.id, toTeamId: other.id }),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
      const pushed = new Promise((resolve) =>
        supervisorSocket.on(
          "wallboard.team.updated",
          ({ team: board }) => board.id === team.id && board.waiting === 0 && resolve(board),
        ),
      );
      expect(
        await emitAck(supervisorSocket, "conversation.transfer", { conversationId: chat.id, toTeamId: other.id }),
      ).toMatchObject({ ok: true });
      expect(await prisma.conversation.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({
        teamId: other.id,
        status: "QUEUED",
      });
      await expect(pushed).resolves.toMatchObject({ waiting: 0 });
      // Back in the other team's queue, it is no longer this supervisor's to move.
      expect(
        await emitAck(supervisorSocket, "conversation.transfer", { conversationId: chat.id, toTeamId: team.id }),
      ).toMatchObject({ ok: false });
    } finally {
      agentSocket.close();
      supervisorSocket.close();
    }
  });
});
