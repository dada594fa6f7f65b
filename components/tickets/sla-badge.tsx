"use client";

import { AlarmClock, CircleCheck, CirclePause, Flame } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import type { SlaBadge as Badge } from "@/lib/contracts/sla";
import { ZONED_STAMP } from "@/lib/i18n/formats";

const STYLE: Record<Badge, string> = {
  ok: "bg-slate-50 text-slate-700 ring-slate-200",
  atRisk: "bg-amber-50 text-amber-800 ring-amber-300",
  breached: "bg-red-50 text-red-700 ring-red-300",
  met: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  paused: "bg-slate-50 text-slate-500 ring-slate-200",
  none: "text-slate-400 ring-transparent",
};

/**
 * The SLA state of a deadline: on track (due in …), at risk (under 25% left), breached (… ago), met, paused. The time
 * is relative and ticks, so it is rendered on the client only.
 */
export function SlaBadge({ badge, dueAt, compact = false }: { badge: Badge; dueAt: string | null; compact?: boolean }) {
  const t = useTranslations("tickets.sla");
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  if (badge === "none") return <span className="text-xs text-slate-400">{t("none")}</span>;
  const time = dueAt ? format.relativeTime(new Date(dueAt), now) : "";
  const Icon =
    badge === "breached"
      ? Flame
      : badge === "atRisk"
        ? AlarmClock
        : badge === "met"
          ? CircleCheck
          : badge === "paused"
            ? CirclePause
            : AlarmClock;
  const text = badge === "met" || badge === "paused" ? t(badge) : compact && badge === "ok" ? time : t(badge, { time });
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${STYLE[badge]}`}
      title={dueAt ? format.dateTime(new Date(dueAt), ZONED_STAMP) : undefined}
      data-testid="sla-badge"
      data-sla={badge}
    >
      <Icon aria-hidden className="size-3.5" />
      <span suppressHydrationWarning>{text}</span>
    </span>
  );
}

/** A timestamp shown as "5 minutes ago", with the exact date on hover. */
export function RelativeTime({ iso }: { iso: string }) {
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={format.dateTime(date, ZONED_STAMP)} suppressHydrationWarning>
      {format.relativeTime(date, now)}
    </time>
  );
}
