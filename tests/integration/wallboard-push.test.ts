import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toActor } from "@/lib/auth/actor";
import type { WallboardTeamDto } from "@/lib/contracts/wallboard";
import { getPrisma } from "@/lib/db/client";
import { setAgentStatus } from "@/lib/services/agents/set-agent-status";
import { getWallboard } from "@/lib/services/wallboard/get-wallboard";
import { queuedChat } from "../factories/chat";
import { createTeam, createUser, sessionCookie } from "../factories/users";
import { connectClient, emitAck, startRealtimeServer } from "../helpers/realtime";

let server: Awaited<ReturnType<typeof startRealtimeServer>>;
beforeAll(async () => {
  server = await startRealtimeServer();
});
afterAll(() => server.close());

/** What a board shows that does not tick with the clock. */
const figures = ({ computedAt, longestWaitSeconds, ...team }: WallboardTeamDto) => team;

describe("the live wallboard push", () => {
  it("after an event, shows what a fresh read of the board shows, estimates included", async () => {
    const prisma = await getPrisma();
    const team = await createTeam();
    const agent = await createUser({ role: "AGENT", name: "Pia Push" });
    const supervisor = await createUser({ role: "SUPERVISOR", name: "Sam Supervisor" });
    for (const userId of [agent.id, supervisor.id])
      await prisma.teamMember.create({ data: { teamId: team.id, userId } });
    await prisma.agentProfile.update({ where: { userId: agent.id }, data: { status: "AWAY", maxConcurrentChats: 1 } });
    for (let i = 0; i < 3; i++) {
      const chat = await queuedChat(toActor(await createUser({ name: `Waiting ${i}` })));
      await prisma.conversation.update({ where: { id: chat.id }, data: { teamId: team.id } });
    }
    const socket = await connectClient(server.url, { cookie: await sessionCookie(supervisor.id) });
    try {
      expect(await emitAck(socket, "wallboard.watch", {})).toMatchObject({ ok: true });
      const pushed = new Promise<WallboardTeamDto>((resolve) =>
        socket.on("wallboard.team.updated", ({ team: board }) => {
          if (
            board.id === team.id &&
            board.members.some((m) => m.id === agent.id && m.status === "ONLINE" && m.chats === 1)
          )
            resolve(board);
        }),
      );
      await setAgentStatus({ actor: toActor(agent), status: "ONLINE" });
      const board = await pushed;
      // Online, the agent is routed the first of the three waiting; the two behind are given a wait (it was "unknown").
      expect(board).toMatchObject({ waiting: 2, agents: { online: 1, away: 0 } });
      expect(board.estimate?.label).not.toBe("unknown");
      const fresh = await getWallboard({ actor: toActor(supervisor), teamIds: [team.id] });
      expect(figures(board)).toEqual(figures(fresh.teams[0]));
    } finally {
      socket.close();
    }
  });
});
