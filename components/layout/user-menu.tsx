"use client";

import { LogOut, UserRound } from "lucide-react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function UserMenu({ name }: { name: string }) {
  const t = useTranslations("nav");
  return (
    <div className="flex items-center gap-2">
      <span className="hidden items-center gap-1.5 text-sm font-medium text-slate-700 sm:flex" data-testid="user-name">
        <UserRound aria-hidden className="size-4" />
        {name}
      </span>
      <button
        type="button"
        onClick={() => signOut({ callbackUrl: "/" })}
        className="inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm text-slate-600 hover:bg-slate-100"
      >
        <LogOut aria-hidden className="size-4" />
        {t("logout")}
      </button>
    </div>
  );
}
