import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toActor } from "@/lib/auth/actor";
import type { WallboardAgentDto, WallboardTeamDto } from "@/lib/contracts/wallboard";
import { getPrisma } from "@/lib/db/client";
import { closeConversation } from "@/lib/services/chat/close-conversation";
import { sendMessage } from "@/lib/services/chat/send-message";
import { setAgentStatus } from "@/lib/services/agents/set-agent-status";
import { queuedChat } from "../factories/chat";
import { createTeam, createUser, sessionCookie } from "../factories/users";
import { connectClient, emitAck, startRealtimeServer } from "../helpers/realtime";

let server: Awaited<ReturnType<typeof startRealtimeServer>>;
beforeAll(async () => {
  server = await startRealtimeServer();
});
afterAll(() => server.close());

describe("the live wallboard's figures for the day", () => {
  it("follow an agent's reply and close although the push keeps them between events", async () => {
    const prisma = await getPrisma();
    const team = await createTeam();
    const agent = toActor(await createUser({ role: "AGENT", name: "Dana Day" }));
    const supervisor = await createUser({ role: "SUPERVISOR", name: "Sol Supervisor" });
    for (const userId of [agent.id, supervisor.id])
      await prisma.teamMember.create({ data: { teamId: team.id, userId } });
    await prisma.agentProfile.update({ where: { userId: agent.id }, data: { status: "AWAY", maxConcurrentChats: 1 } });
    const chat = await queuedChat(toActor(await createUser({ name: "Wanda Waiting" })));
    await prisma.conversation.update({ where: { id: chat.id }, data: { teamId: team.id } });
    const socket = await connectClient(server.url, { cookie: await sessionCookie(supervisor.id) });
    const pushes: WallboardTeamDto[] = [];
    socket.on("wallboard.team.updated", ({ team: board }) => {
      if (board.id === team.id) pushes.push(board);
    });
    const shown = (test: (member: WallboardAgentDto) => boolean) =>
      expect
        .poll(() => pushes.some((board) => board.members.some((m) => m.id === agent.id && test(m))), {
          timeout: 10_000,
        })
        .toBe(true);
    try {
      expect(await emitAck(socket, "wallboard.watch", {})).toMatchObject({ ok: true });
      // Online, the agent is routed the waiting chat: a push that reads (and keeps) the day's figures.
      await setAgentStatus({ actor: agent, status: "ONLINE" });
      await shown((m) => m.chats === 1 && m.lastReplyAt === null && m.firstResponseTodaySeconds === null);
      await sendMessage({ actor: agent, conversationId: chat.id, clientId: crypto.randomUUID(), body: "Hello" });
      await shown((m) => m.lastReplyAt !== null && m.firstResponseTodaySeconds !== null);
      await closeConversation({ actor: agent, conversationId: chat.id });
      await shown((m) => m.chats === 0 && m.handledToday === 1);
    } finally {
      socket.close();
    }
  });
});
