import { z } from "zod";

export const setAgentStatusSchema = z.object({ status: z.enum(["ONLINE", "AWAY", "OFFLINE"]) });
