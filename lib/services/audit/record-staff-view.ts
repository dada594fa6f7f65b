import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { recordAudit } from "./record-audit";

/**
 * A member of staff looked at a customer's personal data (their profile beside a chat, a ticket, the profile API):
 * recorded as `customer.viewed` with what was opened, so /admin/audit answers "who looked at this customer?".
 */
export async function recordStaffView({
  actor,
  customerId,
  via,
  ref,
}: {
  actor: Actor;
  customerId: string;
  via: "chat" | "ticket" | "profile";
  ref: string;
}): Promise<void> {
  if (actor.id === customerId) return;
  await recordAudit(await getPrisma(), {
    actorId: actor.id,
    action: "customer.viewed",
    targetId: customerId,
    data: { via, ref },
  });
}
