import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/services/audit/record-audit";

export const STAFF_TWO_FACTOR_KEY = "security.staffTwoFactor";

/**
 * "Staff must use 2FA": read only for staff who have not set it up (lib/auth/session.ts), so it costs nothing once
 * everyone has. Not cached: turning it on takes effect on the next request on every instance.
 */
export async function staffMustUseTwoFactor(): Promise<boolean> {
  const prisma = await getPrisma();
  const row = await prisma.setting.findUnique({ where: { key: STAFF_TWO_FACTOR_KEY } });
  return row?.value === true;
}

export async function setStaffTwoFactor({ actor, required }: { actor: Actor; required: boolean }): Promise<void> {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key: STAFF_TWO_FACTOR_KEY },
      create: { key: STAFF_TWO_FACTOR_KEY, value: required },
      update: { value: required },
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "settings.changed",
      targetType: "Setting",
      targetId: STAFF_TWO_FACTOR_KEY,
      data: { required },
    });
  });
}
