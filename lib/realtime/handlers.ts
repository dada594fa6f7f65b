import { setAgentStatus } from "@/lib/services/agents/set-agent-status";
import { setAgentStatusSchema } from "@/lib/contracts/agent";
import { registerChatCommands } from "./chat-handlers";
import { command, type BeaconSocket } from "./command";
import { registerTicketCommands } from "./ticket-handlers";

/** Every socket command, in one place. Handlers are thin: parse, call one service, answer. */
export function registerCommands(socket: BeaconSocket): void {
  command(socket, "agent.status.set", setAgentStatusSchema, async ({ status }, { actor }) => ({
    status: await setAgentStatus({ actor, status }),
  }));
  registerChatCommands(socket);
  registerTicketCommands(socket);
}
