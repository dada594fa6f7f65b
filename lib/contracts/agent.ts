import { z } from "zod";

const agentStatus = z.enum(["ONLINE", "AWAY", "OFFLINE"]);

export const setAgentStatusSchema = z.object({ status: agentStatus });

/** The most chats one agent can be given at once (the admin's routing page uses the same bound). */
export const MAX_CONCURRENT_CHATS = 50;

const availability = {
  status: agentStatus.optional(),
  maxConcurrentChats: z.number().int().min(0).max(MAX_CONCURRENT_CHATS).optional(),
};
const somethingToChange = [
  (input: { status?: unknown; maxConcurrentChats?: unknown }) =>
    input.status !== undefined || input.maxConcurrentChats !== undefined,
  { params: { messageKey: "validation.nothingToChange" } },
] as const;

/** A supervisor changes another agent's status and/or chat capacity: the HTTP body (the agent is in the path)... */
export const agentAvailabilityChangeSchema = z.object(availability).refine(...somethingToChange);
/** ...and the socket command and server action. */
export const setAgentAvailabilitySchema = z
  .object({ agentId: z.string().min(1), ...availability })
  .refine(...somethingToChange);

export type SetAgentAvailabilityInput = z.output<typeof setAgentAvailabilitySchema>;
export type AgentAvailabilityDto = {
  agentId: string;
  status: z.output<typeof agentStatus>;
  maxConcurrentChats: number;
  activeChats: number;
};
