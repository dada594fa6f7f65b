import type { Actor } from "@/lib/auth/actor";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import type { StaffTwoFactorRow } from "@/lib/contracts/auth";
import { getPrisma } from "@/lib/db/client";
import { staffMustUseTwoFactor } from "./policy";

/** The admin security page: the "staff must use 2FA" setting and who has 2FA on. */
export async function getStaffTwoFactor({ actor }: { actor: Actor }) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const [required, staff] = await Promise.all([
    staffMustUseTwoFactor(),
    prisma.user.findMany({
      where: { role: { in: [...STAFF_ROLES] } },
      select: { id: true, name: true, email: true, role: true, totpEnabledAt: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const rows: StaffTwoFactorRow[] = staff.map(({ totpEnabledAt, ...user }) => ({ ...user, enabled: !!totpEnabledAt }));
  return { required, staff: rows };
}
