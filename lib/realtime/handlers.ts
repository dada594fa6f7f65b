import { setAgentStatus } from "@/lib/services/agents/set-agent-status";
import { setAgentAvailability } from "@/lib/services/agents/set-agent-availability";
import { setAgentAvailabilitySchema, setAgentStatusSchema } from "@/lib/contracts/agent";
import { z } from "zod";
import { watchWallboard } from "@/lib/services/wallboard/get-wallboard";
import { registerChatCommands } from "./chat-handlers";
import { command, type BeaconSocket } from "./command";
import { rooms } from "./events";
import { registerTicketCommands } from "./ticket-handlers";

/** Every socket command, in one place. Handlers are thin: parse, call one service, answer. */
export function registerCommands(socket: BeaconSocket): void {
  command(socket, "agent.status.set", setAgentStatusSchema, async ({ status }, { actor }) => ({
    status: await setAgentStatus({ actor, status }),
  }));
  command(socket, "agent.availability.set", setAgentAvailabilitySchema, async (input, { actor }) => ({
    agent: await setAgentAvailability({ actor, ...input }),
  }));
  command(socket, "wallboard.watch", z.object({}), async (_input, { actor }) => ({
    board: await watchWallboard({
      actor,
      join: async (teamIds) => void (await socket.join(teamIds.map((id) => rooms.wallboard(id)))),
    }),
  }));
  registerChatCommands(socket);
  registerTicketCommands(socket);
}
