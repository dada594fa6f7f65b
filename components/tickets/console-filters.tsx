"use client";

import { localize } from "@/lib/i18n/locales";
import { Search, SlidersHorizontal, X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CHANNELS, PRIORITIES, TICKET_STATUSES, type NamedRef } from "@/lib/contracts/ticket";

const select =
  "h-9 rounded-lg border border-slate-300 bg-white px-2 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none";

/** Search (number, subject, email, text) and filters, kept in the address so a view can be shared and reloaded. */
export function ConsoleFilters({ agents, teams }: { agents: { id: string; name: string }[]; teams: NamedRef[] }) {
  const t = useTranslations("tickets");
  const p = useTranslations("priority");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [open, setOpen] = useState(
    ["status", "priority", "teamId", "assigneeId", "channel", "tag"].some((k) => params.get(k)),
  );

  function go(next: URLSearchParams) {
    next.delete("page");
    router.push(`${pathname}?${next.toString()}`);
  }
  function submit(form: FormData) {
    const next = new URLSearchParams(params.toString());
    for (const key of ["q", "status", "priority", "teamId", "assigneeId", "channel", "tag"]) {
      const value = String(form.get(key) ?? "").trim();
      if (value) next.set(key, value);
      else next.delete(key);
    }
    go(next);
  }
  const q = params.get("q") ?? "";

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
      className="space-y-3"
      role="search"
    >
      <div className="flex gap-2">
        <label htmlFor="ticket-search" className="sr-only">
          {t("console.search")}
        </label>
        <div className="relative flex-1">
          <Search aria-hidden className="pointer-events-none absolute top-2.5 left-3 size-4 text-slate-400" />
          <input
            id="ticket-search"
            name="q"
            type="search"
            defaultValue={q}
            placeholder={t("console.searchPlaceholder")}
            className="h-9 w-full rounded-lg border border-slate-300 bg-white pr-3 pl-9 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
            data-testid="ticket-search"
          />
        </div>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          className="h-9"
          aria-expanded={open}
          aria-controls="ticket-filters"
          onClick={() => setOpen(!open)}
        >
          <SlidersHorizontal aria-hidden className="size-4" />
          <span className="hidden sm:inline">{t("console.filters")}</span>
        </Button>
        <Button type="submit" size="sm" className="h-9">
          {t("console.apply")}
        </Button>
      </div>
      <div
        id="ticket-filters"
        hidden={!open}
        className="grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6"
      >
        {[
          {
            name: "status",
            label: t("console.filterStatus"),
            options: TICKET_STATUSES.map((s) => [s, t(`agentStatus.${s}`)]),
          },
          { name: "priority", label: t("console.filterPriority"), options: PRIORITIES.map((s) => [s, p(s)]) },
          {
            name: "teamId",
            label: t("console.filterTeam"),
            options: teams.map((team) => [team.id, localize(team.name, locale)]),
          },
          {
            name: "assigneeId",
            label: t("console.filterAssignee"),
            options: [["none", t("console.unassigned")], ...agents.map((a) => [a.id, a.name])],
          },
          { name: "channel", label: t("console.filterChannel"), options: CHANNELS.map((c) => [c, t(`channel.${c}`)]) },
        ].map((filter) => (
          <label key={filter.name} className="space-y-1 text-xs font-medium text-slate-600">
            <span className="block">{filter.label}</span>
            <select name={filter.name} defaultValue={params.get(filter.name) ?? ""} className={`${select} w-full`}>
              <option value="">{t("console.any")}</option>
              {filter.options.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="space-y-1 text-xs font-medium text-slate-600">
          <span className="block">{t("console.filterTag")}</span>
          <input name="tag" defaultValue={params.get("tag") ?? ""} className={`${select} w-full`} />
        </label>
      </div>
      {q ? (
        <p className="flex items-center gap-2 text-sm text-slate-600">
          {t("console.searchResults", { q })}
          <button
            type="button"
            className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-brand-700 hover:bg-brand-50"
            onClick={() => {
              const next = new URLSearchParams(params.toString());
              next.delete("q");
              go(next);
            }}
          >
            <X aria-hidden className="size-3.5" />
            {t("console.clearSearch")}
          </button>
        </p>
      ) : null}
    </form>
  );
}
