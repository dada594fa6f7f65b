"use client";

import { Eye, PenLine } from "lucide-react";
import { useTranslations } from "next-intl";
import type { TicketPresenceDto } from "@/lib/contracts/ticket";

/** "Wang is viewing" / "Li is replying": other agents on this ticket right now (never oneself). */
export function PresenceSign({ presence, meId }: { presence: TicketPresenceDto[]; meId: string }) {
  const t = useTranslations("tickets.agent");
  const others = presence.filter((p) => p.userId !== meId);
  const replying = others.filter((p) => p.replying);
  const viewing = others.filter((p) => !p.replying);
  if (!others.length) return <span aria-live="polite" data-testid="presence" />;
  return (
    <div aria-live="polite" className="flex flex-wrap gap-2" data-testid="presence">
      {replying.length ? (
        <span className="inline-flex items-center gap-1.5 rounded-full bg-amber-100 px-2.5 py-1 text-xs font-medium text-amber-900 ring-1 ring-amber-300">
          <PenLine aria-hidden className="size-3.5 animate-pulse" />
          {t("replying", { names: replying.map((p) => p.name).join(", "), count: replying.length })}
        </span>
      ) : null}
      {viewing.length ? (
        <span className="inline-flex items-center gap-1.5 rounded-full bg-sky-50 px-2.5 py-1 text-xs font-medium text-sky-800 ring-1 ring-sky-200">
          <Eye aria-hidden className="size-3.5" />
          {t("viewing", { names: viewing.map((p) => p.name).join(", "), count: viewing.length })}
        </span>
      ) : null}
    </div>
  );
}
