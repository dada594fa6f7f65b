import { z } from "zod";

/** What a token may do on /api/v1. Routes name the scope they accept; a route naming none is browser-only. */
export const API_SCOPES = [
  "customers:read",
  "customers:write",
  "tickets:read",
  "tickets:write",
  "conversations:read",
  "kb:write",
  "reports:read",
  "actions:run",
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1).max(80),
  scopes: z.array(z.enum(API_SCOPES)).min(1).max(API_SCOPES.length),
  /** Days until it expires; 0: never. */
  expiresInDays: z.coerce.number().int().min(0).max(730).default(90),
  ratePerMinute: z.coerce.number().int().min(1).max(10_000).default(600),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export type ApiTokenDto = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  ratePerMinute: number;
  expiresAt: string | null;
  lastUsedAt: string | null;
  lastUsedIp: string | null;
  revokedAt: string | null;
  createdAt: string;
  ownerName: string;
};
