"use client";

import {
  Activity,
  BarChart3,
  BookOpen,
  ClipboardCheck,
  Clock,
  Gauge,
  Inbox,
  LayoutDashboard,
  Mail,
  Megaphone,
  MessageSquareText,
  Phone,
  Plug,
  Route,
  ScrollText,
  Settings,
  ShieldCheck,
  Star,
  Ticket,
  Users,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";

// Icons by name: a server layout cannot hand component functions to this client component.
const ICONS = {
  Activity,
  BarChart3,
  BookOpen,
  ClipboardCheck,
  Clock,
  Gauge,
  Inbox,
  LayoutDashboard,
  Mail,
  Megaphone,
  MessageSquareText,
  Phone,
  Plug,
  Route,
  ScrollText,
  Settings,
  ShieldCheck,
  Star,
  Ticket,
  Users,
};

export type SideNavItem = { href: string; label: string; icon: keyof typeof ICONS };

/** Dark sidebar navigation shared by the console and admin. */
export function SideNav({ items, label }: { items: SideNavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex gap-1 overflow-x-auto lg:flex-col">
      {items.map(({ href, label: text, icon }) => {
        const Icon = ICONS[icon];
        const active = pathname === href || (href !== "/console" && href !== "/admin" && pathname.startsWith(href));
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? "page" : undefined}
            className={`flex shrink-0 items-center gap-2.5 rounded-lg px-3 py-2 text-sm font-medium ${active ? "bg-slate-800 text-white" : "text-slate-300 hover:bg-slate-800/60 hover:text-white"}`}
          >
            <Icon aria-hidden className="size-4" />
            {text}
          </Link>
        );
      })}
    </nav>
  );
}
