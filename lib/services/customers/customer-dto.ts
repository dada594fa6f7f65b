import type { AttributeDefinition, CustomerDto } from "@/lib/contracts/customer";
import type { customerSelect } from "./upsert-customer";
import type { Prisma } from "@/lib/db/generated/client";
import { toProfileDto } from "./profile-dto";

type Row = Prisma.UserGetPayload<{ select: typeof customerSelect }>;

export function toCustomerDto(row: Row, schema: AttributeDefinition[]): CustomerDto {
  const profile = toProfileDto(row, schema);
  return {
    externalId: row.externalId ?? "",
    name: row.name,
    email: row.contactEmail,
    language: row.locale,
    vipLevel: row.vipLevel,
    kycLevel: row.kycLevel,
    uid: row.uid,
    region: row.region,
    tags: row.tags,
    attributes: profile.attributes,
    verified: profile.verified,
    verifiedAt: profile.verifiedAt,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
