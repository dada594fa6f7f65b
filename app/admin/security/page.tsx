import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { StaffTwoFactor } from "@/components/admin/security/staff-two-factor";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { getStaffTwoFactor } from "@/lib/services/two-factor/staff-status";

export default async function AdminSecurityPage() {
  const actor = await getAdmin();
  const [t, state] = await Promise.all([getTranslations("adminSecurity"), getStaffTwoFactor({ actor })]);
  return (
    <div className="space-y-6">
      <PageTitle title={t("title")} intro={t("intro")} />
      <StaffTwoFactor required={state.required} staff={state.staff} />
      <Link href="/admin/audit" className="text-sm font-medium text-brand-700 hover:underline">
        {t("auditLink")}
      </Link>
    </div>
  );
}
