"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** Articles · Categories · Search report: the knowledge base's sections in admin. */
export function KbTabs({ label, tabs }: { label: string; tabs: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex gap-1 overflow-x-auto border-b border-slate-200">
      {tabs.map((tab) => {
        const active =
          tab.href === "/admin/kb"
            ? pathname === tab.href || pathname === "/admin/kb/new" || /^\/admin\/kb\/c[a-z0-9]{20,}/.test(pathname)
            : pathname.startsWith(tab.href);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px shrink-0 border-b-2 px-3 py-2 text-sm font-medium ${active ? "border-brand-600 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
