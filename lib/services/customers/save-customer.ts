import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { CustomerDto, CustomerProfileInput } from "@/lib/contracts/customer";
import { loadAttributeSchema } from "./attribute-schema";
import { toCustomerDto } from "./customer-dto";
import { upsertCustomer } from "./upsert-customer";

export type SaveCustomerOptions = {
  actor: Actor;
  externalId: string;
  profile: CustomerProfileInput;
  mode: "put" | "patch";
};

/**
 * The exchange's back office writes a customer's profile: PUT creates or replaces (an email is needed to create),
 * PATCH changes what it names on an existing customer (404 otherwise). Each write is audited.
 */
export async function saveCustomer({
  actor,
  externalId,
  profile,
  mode,
}: SaveCustomerOptions): Promise<{ customer: CustomerDto; created: boolean }> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const exists = await prisma.user.findUnique({ where: { externalId }, select: { id: true } });
  if (mode === "patch" && !exists) throw new AppError("NOT_FOUND", "exchange.customerNotFound");
  if (!exists && !profile.email)
    throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, { email: "exchange.customerEmailRequired" });
  const { user, created } = await upsertCustomer({ externalId, profile, mode: mode === "put" ? "replace" : "merge" });
  await prisma.auditEvent.create({
    data: {
      actorId: actor.id,
      action: created ? "customer.created" : "customer.updated",
      targetType: "User",
      targetId: user.id,
      data: { externalId, fields: Object.keys(profile) },
    },
  });
  return { customer: toCustomerDto(user, await loadAttributeSchema()), created };
}
