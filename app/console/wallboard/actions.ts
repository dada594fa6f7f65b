"use server";

import { setAgentAvailabilitySchema } from "@/lib/contracts/agent";
import { supervisorAction } from "@/lib/http/action";
import { setAgentAvailability } from "@/lib/services/agents/set-agent-availability";

/** Supervisors: an agent's status and/or chat capacity (the board itself uses the socket command; forms may use this). */
export const setAgentAvailabilityAction = supervisorAction("/console/wallboard", ({ actor, parse }, input: unknown) =>
  setAgentAvailability({ actor, ...parse(setAgentAvailabilitySchema, input) }),
);
