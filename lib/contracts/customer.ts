import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

/** The exchange's id for a customer: what the identity token's `sub` and the profile API's path carry. */
export const externalIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:@-]+$/);

export const VIP_LEVELS = { min: 0, max: 5 } as const;
export const KYC_LEVELS = { min: 0, max: 9 } as const;

/** A custom attribute value: what an attribute schema may declare. */
export const attributeValueSchema = z.union([z.string().max(500), z.number().finite(), z.boolean()]);

/** Profile fields shared by identity tokens and the profile API (all optional: PATCH semantics). */
export const customerProfileSchema = z.object({
  email: z.email().max(254).optional(),
  name: z.string().trim().min(1).max(120).optional(),
  language: z.enum(LOCALES).optional(),
  vipLevel: z.number().int().min(VIP_LEVELS.min).max(VIP_LEVELS.max).optional(),
  kycLevel: z.number().int().min(KYC_LEVELS.min).max(KYC_LEVELS.max).optional(),
  uid: z.string().trim().min(1).max(64).optional(),
  region: z.string().trim().min(1).max(64).optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(30).optional(),
  attributes: z.record(z.string().max(64), attributeValueSchema).optional(),
});
export type CustomerProfileInput = z.infer<typeof customerProfileSchema>;

/** One attribute admins allow on customers: its key, type and (for `enum`) the allowed values. */
export const attributeDefinitionSchema = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9_]{0,63}$/),
  label: z.string().trim().min(1).max(80),
  type: z.enum(["string", "number", "boolean", "enum"]),
  values: z.array(z.string().min(1).max(80)).max(50).optional(),
});
export const attributeSchemaSchema = z.array(attributeDefinitionSchema).max(50);
export type AttributeDefinition = z.infer<typeof attributeDefinitionSchema>;

/** What agents see about a customer beyond name and email. */
export type CustomerAttributesDto = {
  externalId: string | null;
  verified: boolean;
  verifiedAt: string | null;
  kycLevel: number;
  uid: string | null;
  region: string | null;
  tags: string[];
  attributes: Record<string, string | number | boolean>;
};

/** PUT: the whole profile (fields left out go back to their defaults); the email is needed to create a customer. */
export const putCustomerSchema = customerProfileSchema;
/** PATCH: only the fields given change; custom attributes merge key by key. */
export const patchCustomerSchema = customerProfileSchema.refine((input) => Object.keys(input).length > 0, {
  params: { messageKey: "validation.required" },
});

export type CustomerDto = {
  externalId: string;
  name: string;
  email: string;
  language: string | null;
  vipLevel: number;
  kycLevel: number;
  uid: string | null;
  region: string | null;
  tags: string[];
  attributes: Record<string, string | number | boolean>;
  verified: boolean;
  verifiedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export type CustomerActivityDto = {
  customer: CustomerDto;
  conversations: {
    id: string;
    status: string;
    priority: string;
    verified: boolean;
    createdAt: string;
    closedAt: string | null;
  }[];
  tickets: {
    ref: string;
    subject: string;
    status: string;
    priority: string;
    verified: boolean;
    createdAt: string;
    updatedAt: string;
  }[];
};
