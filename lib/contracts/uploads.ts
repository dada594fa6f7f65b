import { z } from "zod";

/** `POST /api/v1/attachments?purpose=chat|ticket`: what the file is for picks the types it may have. */
export const uploadPurposeSchema = z.object({ purpose: z.enum(["chat", "ticket"]).default("chat") });
