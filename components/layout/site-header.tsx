import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { ButtonLink } from "@/components/ui/button";
import { LocaleSwitcher } from "./locale-switcher";
import { Logo } from "./logo";
import { MobileMenu } from "./mobile-menu";
import { UserMenu } from "./user-menu";

export async function SiteHeader({ actor }: { actor: Actor | null }) {
  const t = await getTranslations("nav");
  const account = actor && !actor.isGuest ? actor : null;
  const links = [
    { href: "/help", label: t("helpCenter") },
    { href: "/chat", label: t("chat") },
    { href: "/tickets", label: t("tickets") },
    ...(account && account.role !== "CUSTOMER" ? [{ href: "/console", label: t("console") }] : []),
    ...(account?.role === "ADMIN" ? [{ href: "/admin", label: t("admin") }] : []),
  ];
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-3 px-4 sm:px-6 md:gap-6">
        <Logo />
        <nav aria-label={t("menu")} className="hidden flex-1 items-center gap-1 md:flex">
          {links.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              className="rounded-lg px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900"
            >
              {link.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex min-w-0 items-center gap-1 md:gap-2">
          <LocaleSwitcher />
          {account ? <NotificationBell /> : null}
          <div className="hidden items-center gap-2 md:flex">
            {account ? (
              <UserMenu name={account.name} />
            ) : (
              <>
                <ButtonLink href="/login" variant="ghost" size="sm" className="whitespace-nowrap">
                  {t("login")}
                </ButtonLink>
                <ButtonLink href="/register" size="sm" className="whitespace-nowrap">
                  {t("register")}
                </ButtonLink>
              </>
            )}
          </div>
          <MobileMenu links={links} name={account?.name ?? null} />
        </div>
      </div>
    </header>
  );
}
