import { setAgentStatus } from "@/lib/services/agents/set-agent-status";
import { setAgentAvailability } from "@/lib/services/agents/set-agent-availability";
import { setAgentAvailabilitySchema, setAgentStatusSchema } from "@/lib/contracts/agent";
import { registerChatCommands } from "./chat-handlers";
import { command, type BeaconSocket } from "./command";
import { registerTicketCommands } from "./ticket-handlers";

/** Every socket command, in one place. Handlers are thin: parse, call one service, answer. */
export function registerCommands(socket: BeaconSocket): void {
  command(socket, "agent.status.set", setAgentStatusSchema, async ({ status }, { actor }) => ({
    status: await setAgentStatus({ actor, status }),
  }));
  command(socket, "agent.availability.set", setAgentAvailabilitySchema, async (input, { actor }) => ({
    agent: await setAgentAvailability({ actor, ...input }),
  }));
  registerChatCommands(socket);
  registerTicketCommands(socket);
}
