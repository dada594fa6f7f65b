import { z } from "zod";
import { customerProfileSchema, externalIdSchema } from "./customer";

export const PORTAL_SITE_KEY = "portal";

export const siteKeySchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

/** The claims an exchange signs (besides iss, aud, exp, iat, jti): `sub` is the customer's external id. */
export const identityClaimsSchema = customerProfileSchema.extend({
  sub: externalIdSchema,
  email: z.email().max(254),
});
export type IdentityClaims = z.infer<typeof identityClaimsSchema>;

export const identifyRequestSchema = z.object({
  token: z.string().min(10).max(8192),
  site: siteKeySchema.optional(),
});

export const identitySiteSchema = z
  .object({
    key: siteKeySchema,
    name: z.string().trim().min(1).max(80),
    issuer: z.string().trim().min(1).max(200),
    audience: z.string().trim().min(1).max(200),
    algorithm: z.enum(["HS256", "JWKS"]),
    jwksUrl: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .optional(),
    identityRequired: z.boolean().default(false),
  })
  .refine((site) => site.algorithm === "HS256" || site.jwksUrl, {
    path: ["jwksUrl"],
    params: { messageKey: "validation.required" },
  });
export type IdentitySiteInput = z.infer<typeof identitySiteSchema>;
