import { z } from "zod";

export const accountActionSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]{1,40}$/),
  nameEn: z.string().trim().min(1).max(60),
  nameZh: z.string().trim().min(1).max(60),
  noticeEn: z.string().trim().min(1).max(200),
  noticeZh: z.string().trim().min(1).max(200),
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
  nameEn: string;
  nameZh: string;
  noticeEn: string;
  noticeZh: string;
  url: string;
  active: boolean;
};

export type AccountActionRunDto = {
  id: string;
  action: { key: string; nameEn: string; nameZh: string };
  status: "PENDING" | "SUCCEEDED" | "FAILED";
  statusCode: number | null;
  result: string | null;
  createdAt: string;
  completedAt: string | null;
};

/** What the chat's system line and the ticket's timeline carry about a run (rendered in the reader's language). */
export type AccountActionNotice = { nameEn: string; nameZh: string; noticeEn: string; noticeZh: string; at: string };
