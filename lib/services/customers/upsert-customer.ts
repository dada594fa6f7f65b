import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { CustomerProfileInput } from "@/lib/contracts/customer";
import { scheduleQueueBroadcast } from "@/lib/services/routing/broadcast-queue";
import { scheduleAutoAssign } from "@/lib/services/routing/auto-assign";
import { checkAttributes, loadAttributeSchema } from "./attribute-schema";

export type UpsertCustomerOptions = {
  externalId: string;
  profile: CustomerProfileInput;
  /** Set when the exchange vouched with a signed identity token (not for profile API writes). */
  verifiedAt?: Date;
  /** `replace`: fields not given go back to their defaults (PUT); `merge`: they stay (PATCH, identity tokens). */
  mode: "merge" | "replace";
};

const fallbackName = (externalId: string) => `Customer ${externalId}`;

function profileData(profile: CustomerProfileInput, mode: UpsertCustomerOptions["mode"]) {
  const reset = mode === "replace";
  const pick = <T>(value: T | undefined, fallback: T) => (value !== undefined ? value : reset ? fallback : undefined);
  return {
    contactEmail: profile.email,
    name: profile.name,
    locale: pick<string | null>(profile.language, null),
    vipLevel: pick(profile.vipLevel, 0),
    kycLevel: pick(profile.kycLevel, 0),
    uid: pick<string | null>(profile.uid, null),
    region: pick<string | null>(profile.region, null),
    tags: pick(profile.tags, []),
  };
}

/**
 * Creates or updates the customer the exchange knows as `externalId` (one row per external id; concurrent first
 * visits meet in the unique index). A VIP change reaches the queue at once: re-ranking and new estimates follow.
 */
export async function upsertCustomer({ externalId, profile, verifiedAt, mode }: UpsertCustomerOptions) {
  const prisma = await getPrisma();
  const attributes = profile.attributes ? checkAttributes(profile.attributes, await loadAttributeSchema()) : undefined;
  const before = await prisma.user.findUnique({
    where: { externalId },
    select: { id: true, vipLevel: true, attributes: true },
  });
  const stored = (before?.attributes ?? {}) as Record<string, string | number | boolean>;
  const mergedAttributes =
    attributes && mode === "merge"
      ? { ...stored, ...attributes }
      : (attributes ?? (mode === "replace" ? {} : undefined));
  const data = {
    ...profileData(profile, mode),
    ...(mergedAttributes ? { attributes: mergedAttributes as Prisma.InputJsonObject } : {}),
    verifiedAt,
  };
  const user = await prisma.user.upsert({
    where: { externalId },
    create: {
      ...data,
      externalId,
      name: profile.name ?? fallbackName(externalId),
      contactEmail: profile.email ?? "",
      locale: profile.language ?? null,
    },
    update: data,
    select: customerSelect,
  });
  if (before && before.vipLevel !== user.vipLevel) {
    void scheduleAutoAssign();
    scheduleQueueBroadcast();
  }
  return { user, created: !before };
}

export const customerSelect = {
  id: true,
  externalId: true,
  name: true,
  contactEmail: true,
  locale: true,
  vipLevel: true,
  kycLevel: true,
  uid: true,
  region: true,
  tags: true,
  attributes: true,
  verifiedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.UserSelect;
