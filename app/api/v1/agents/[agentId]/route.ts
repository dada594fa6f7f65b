import { requireSupervisor } from "@/lib/auth/guards";
import { route } from "@/lib/http/route";
import { setAgentAvailability } from "@/lib/services/agents/set-agent-availability";
import { agentAvailabilityChangeSchema } from "@/lib/contracts/agent";

type Params = { agentId: string };

/** Supervisors: set an agent's status and/or chat capacity (`{ status?, maxConcurrentChats? }`). */
export const PATCH = route<Params>(async ({ actor, params, json }) => {
  const supervisor = requireSupervisor(actor);
  const body = await json(agentAvailabilityChangeSchema);
  return { agent: await setAgentAvailability({ actor: supervisor, agentId: params.agentId, ...body }) };
});
