import { z } from "zod";

export const uploadPurposeSchema = z.object({ purpose: z.enum(["chat", "ticket"]).default("chat") });
