import { AlarmClock, Hourglass, Inbox, Layers, UserRound, UsersRound } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { TICKET_VIEWS, type TicketView } from "@/lib/contracts/ticket";

const ICONS = {
  mine: UserRound,
  unassigned: Inbox,
  team: UsersRound,
  all: Layers,
  atRisk: AlarmClock,
  waiting: Hourglass,
} as const;

/** The agent views with how many tickets each holds (999+ beyond that). */
export function ViewTabs({ current, counts }: { current: TicketView | null; counts: Record<TicketView, number> }) {
  const t = useTranslations("tickets.console");
  return (
    <nav aria-label={t("viewsLabel")} className="-mx-1 flex gap-1 overflow-x-auto pb-1">
      {TICKET_VIEWS.map((view) => {
        const Icon = ICONS[view];
        const active = view === current;
        const count = counts[view];
        return (
          <Link
            key={view}
            href={`/console/tickets?view=${view}`}
            aria-current={active ? "page" : undefined}
            className={`inline-flex shrink-0 items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium ${active ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-100"}`}
            data-testid={`view-${view}`}
          >
            <Icon aria-hidden className={`size-4 ${view === "atRisk" && count > 0 && !active ? "text-red-600" : ""}`} />
            {t(`views.${view}`)}
            <span
              className={`rounded-full px-1.5 text-xs tabular-nums ${active ? "bg-white/20" : view === "atRisk" && count > 0 ? "bg-red-100 text-red-700" : "bg-slate-100 text-slate-600"}`}
            >
              {count > 999 ? "999+" : count}
            </span>
          </Link>
        );
      })}
    </nav>
  );
}
