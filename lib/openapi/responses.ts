import { z } from "zod";

// Response bodies of the exchange-facing routes, precise enough for the fuzzer to hold them to the spec.

const attribute = z.union([z.string(), z.number(), z.boolean()]);

export const customerResponse = z.object({
  externalId: z.string(),
  name: z.string(),
  email: z.string(),
  language: z.string().nullable(),
  vipLevel: z.number().int(),
  kycLevel: z.number().int(),
  uid: z.string().nullable(),
  region: z.string().nullable(),
  tags: z.array(z.string()),
  attributes: z.record(z.string(), attribute),
  verified: z.boolean(),
  verifiedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const customerActivityResponse = z.object({
  customer: customerResponse,
  conversations: z.array(
    z.object({
      id: z.string(),
      status: z.string(),
      priority: z.string(),
      verified: z.boolean(),
      createdAt: z.string(),
      closedAt: z.string().nullable(),
    }),
  ),
  tickets: z.array(
    z.object({
      ref: z.string(),
      subject: z.string(),
      status: z.string(),
      priority: z.string(),
      verified: z.boolean(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  ),
});

export const accountActionRunResponse = z.object({
  id: z.string(),
  action: z.object({ key: z.string(), name: z.record(z.string(), z.string()) }),
  status: z.enum(["PENDING", "SUCCEEDED", "FAILED"]),
  statusCode: z.number().int().nullable(),
  result: z.string().nullable(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});

export const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
});
