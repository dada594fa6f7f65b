import type { Prisma } from "@/lib/db/generated/client";
import type { AttributeDefinition, CustomerAttributesDto } from "@/lib/contracts/customer";

export const profileSelect = {
  externalId: true,
  verifiedAt: true,
  kycLevel: true,
  uid: true,
  region: true,
  tags: true,
  attributes: true,
} satisfies Prisma.UserSelect;

type ProfileRow = Prisma.UserGetPayload<{ select: typeof profileSelect }>;
type Value = string | number | boolean;

/** The profile as agents and the API see it: only attributes the current schema still defines. */
export function toProfileDto(row: ProfileRow, schema: AttributeDefinition[]): CustomerAttributesDto {
  const stored = (
    row.attributes && typeof row.attributes === "object" && !Array.isArray(row.attributes) ? row.attributes : {}
  ) as Record<string, Value>;
  const keys = new Set(schema.map((d) => d.key));
  return {
    externalId: row.externalId,
    verified: row.verifiedAt !== null,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    kycLevel: row.kycLevel,
    uid: row.uid,
    region: row.region,
    tags: row.tags,
    attributes: Object.fromEntries(Object.entries(stored).filter(([key]) => keys.has(key))),
  };
}
