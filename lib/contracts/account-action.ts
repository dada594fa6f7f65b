import { z } from "zod";
import type { LocalizedText } from "@/lib/i18n/locales";
import { localizedTextSchema } from "./localized";

export const accountActionSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]{1,40}$/),
  name: localizedTextSchema(60, { required: true }),
  notice: localizedTextSchema(200, { required: true }),
  url: z.url({ protocol: /^https?$/ }).max(500),
  active: z.boolean().default(true),
});
export type AccountActionInput = z.infer<typeof accountActionSchema>;

/** Running an action needs an explicit confirmation: the agent saw what it will do. */
export const runAccountActionSchema = z.object({ actionId: z.string().min(1).max(40), confirm: z.literal(true) });

/** A case update the customer sees (investigation progress, advice). */
export const caseUpdateSchema = z.object({ body: z.string().trim().min(1).max(4000) });

export type AccountActionDto = {
  id: string;
  key: string;
  name: LocalizedText;
  notice: LocalizedText;
  url: string;
  active: boolean;
};

export type AccountActionRunDto = {
  id: string;
  action: { key: string; name: LocalizedText };
  status: "PENDING" | "SUCCEEDED" | "FAILED";
  statusCode: number | null;
  result: string | null;
  createdAt: string;
  completedAt: string | null;
};

/** What the chat's system line and the ticket's timeline carry about a run (rendered in the reader's language). */
export type AccountActionNotice = { name: LocalizedText; notice: LocalizedText; at: string };
