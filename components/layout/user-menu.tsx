"use client";

import { LogOut, MonitorX, ShieldCheck, UserRound } from "lucide-react";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { request } from "@/lib/client/api";

/** Ends every session of this account on the server (other devices too), then this browser's. */
export async function signOutEverywhere() {
  await request("/api/v1/me/sessions", { method: "DELETE" });
  await signOut({ callbackUrl: "/login" });
}

export function UserMenu({ name }: { name: string }) {
  const t = useTranslations("nav");
  const security = useTranslations("security");
  return (
    <div className="flex items-center gap-2">
      <span
        className="hidden max-w-40 items-center gap-1.5 truncate text-sm font-medium whitespace-nowrap text-slate-700 sm:flex"
        data-testid="user-name"
      >
        <UserRound aria-hidden className="size-4" />
        {name}
      </span>
      <Link
        href="/account/security"
        title={security("accountSecurity")}
        className="inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm text-slate-600 hover:bg-slate-100"
        data-testid="account-security-link"
      >
        <ShieldCheck aria-hidden className="size-4" />
        <span className="sr-only lg:not-sr-only">{security("accountSecurity")}</span>
      </Link>
      <button
        type="button"
        onClick={() => signOut({ callbackUrl: "/" })}
        className="inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm text-slate-600 hover:bg-slate-100"
      >
        <LogOut aria-hidden className="size-4" />
        <span className="sr-only whitespace-nowrap sm:not-sr-only">{t("logout")}</span>
      </button>
      <button
        type="button"
        onClick={() => void signOutEverywhere()}
        title={security("signOutEverywhereHint")}
        className="hidden items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm whitespace-nowrap text-slate-600 hover:bg-slate-100 xl:inline-flex"
      >
        <MonitorX aria-hidden className="size-4" />
        {security("signOutEverywhere")}
      </button>
    </div>
  );
}
