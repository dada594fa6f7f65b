"use client";

import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { resetTwoFactorAction, setStaffTwoFactorAction } from "@/app/admin/security/actions";
import { useAction } from "@/components/admin/use-action";
import { Button } from "@/components/ui/button";
import type { StaffTwoFactorRow } from "@/lib/contracts/auth";

/** "Staff must use 2FA" and each member's 2FA, with a reset for a member who lost their phone. */
export function StaffTwoFactor({ required, staff }: { required: boolean; staff: StaffTwoFactorRow[] }) {
  const t = useTranslations("adminSecurity");
  const { pending, run } = useAction();
  return (
    <div className="space-y-6">
      <label className="flex items-start gap-3 rounded-xl border border-slate-200 bg-white p-4">
        <input
          type="checkbox"
          className="mt-1 size-4"
          checked={required}
          disabled={pending}
          data-testid="staff-two-factor-required"
          onChange={(event) =>
            run(
              () => setStaffTwoFactorAction(event.target.checked),
              () => toast.success(t("saved")),
            )
          }
        />
        <span>
          <span className="block font-medium text-slate-900">{t("requireLabel")}</span>
          <span className="block text-sm text-slate-600">{t("requireHint")}</span>
        </span>
      </label>
      <ul
        className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white"
        data-testid="staff-two-factor"
      >
        {staff.map((member) => (
          <li key={member.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
            <span className="min-w-0">
              <span className="font-medium">{member.name}</span> <span className="text-slate-500">{member.email}</span>
            </span>
            <span className="flex items-center gap-3">
              <span className={member.enabled ? "text-emerald-700" : "text-slate-500"}>
                {member.enabled ? t("on") : t("off")}
              </span>
              {member.enabled ? (
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={pending}
                  onClick={() => {
                    if (window.confirm(t("resetConfirm", { name: member.name })))
                      run(
                        () => resetTwoFactorAction(member.id),
                        () => toast.success(t("resetDone")),
                      );
                  }}
                >
                  {t("reset")}
                </Button>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
