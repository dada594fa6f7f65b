"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/http/action";
import type { InvitationDto } from "@/lib/contracts/team";
import { useAction } from "../use-action";

/** Invitations sent and not yet accepted; an admin can withdraw one (the link stops working). */
export function PendingInvitations({
  invitations,
  revoke,
}: {
  invitations: InvitationDto[];
  revoke: (id: string) => Promise<ActionResult<null>>;
}) {
  const t = useTranslations("adminTeams");
  const format = useFormatter();
  const { pending, run } = useAction();
  if (invitations.length === 0) return <p className="px-4 py-3 text-sm text-slate-600">{t("noInvitations")}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="pending-invitations">
      {invitations.map((invite) => (
        <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2.5">
          <span className="min-w-0">
            <span className="font-medium">{invite.name}</span> <span className="text-slate-500">{invite.email}</span>
            <span className="block text-xs text-slate-500">
              {t("invitationMeta", {
                role: t(`role${invite.role as "AGENT"}`),
                expires: format.dateTime(new Date(invite.expiresAt), { dateStyle: "medium" }),
              })}
            </span>
          </span>
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => revoke(invite.id))}>
            {t("revokeInvitation")}
          </Button>
        </li>
      ))}
    </ul>
  );
}
