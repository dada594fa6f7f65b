"use client";

import { LogIn, LogOut, Menu, MonitorX, ShieldCheck, UserPlus } from "lucide-react";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { signOutEverywhere } from "./user-menu";

type NavLink = { href: string; label: string };

/** The phone header: every link and account action in one menu behind a button (below the md breakpoint). */
export function MobileMenu({ links, name }: { links: NavLink[]; name: string | null }) {
  const t = useTranslations("nav");
  const security = useTranslations("security");
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={t("menu")}
        className="inline-flex size-9 items-center justify-center rounded-lg text-slate-700 hover:bg-slate-100 md:hidden"
        data-testid="mobile-menu"
      >
        <Menu aria-hidden className="size-5" />
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-[min(18rem,calc(100vw-1rem))]">
        {links.map((link) => (
          <DropdownMenuItem key={link.href} asChild>
            <Link href={link.href}>{link.label}</Link>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        {name ? (
          <>
            <DropdownMenuLabel className="truncate font-medium text-slate-800">{name}</DropdownMenuLabel>
            <DropdownMenuItem asChild>
              <Link href="/account/security">
                <ShieldCheck aria-hidden className="size-4" />
                {security("accountSecurity")}
              </Link>
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={() => void signOut({ callbackUrl: "/" })}>
              <LogOut aria-hidden className="size-4" />
              {t("logout")}
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={() => void signOutEverywhere()}>
              <MonitorX aria-hidden className="size-4" />
              {security("signOutEverywhere")}
            </DropdownMenuItem>
          </>
        ) : (
          <>
            <DropdownMenuItem asChild>
              <Link href="/login">
                <LogIn aria-hidden className="size-4" />
                {t("login")}
              </Link>
            </DropdownMenuItem>
            <DropdownMenuItem asChild>
              <Link href="/register">
                <UserPlus aria-hidden className="size-4" />
                {t("register")}
              </Link>
            </DropdownMenuItem>
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
