"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { useApi } from "@/lib/client/hooks";
import type { TicketSummaryDto } from "@/lib/contracts/ticket";

type Props = {
  /** The ticket being worked on: never offered. */
  selfRef: string;
  hint?: string;
  /** The confirm button's words for the picked ticket. */
  actionLabel: (ref: string) => string;
  danger?: boolean;
  pending: boolean;
  onPick: (ref: string) => void;
  onCancel: () => void;
};

/** Finds a ticket by number or subject (the agents' search) and confirms one. */
export function TicketPicker({ selfRef, hint, actionLabel, danger, pending, onPick, onCancel }: Props) {
  const t = useTranslations("tickets.merge");
  const api = useApi();
  const id = useId();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<TicketSummaryDto[] | null>(null);
  const [picked, setPicked] = useState<string | null>(null);

  useEffect(() => {
    const query = q.trim();
    if (query.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const result = await api.request<{ tickets: TicketSummaryDto[] }>(
        `/api/v1/tickets?view=all&pageSize=8&q=${encodeURIComponent(query)}`,
        { signal: controller.signal },
      );
      if (result.ok) setResults(result.tickets.filter((ticket) => ticket.ref !== selfRef));
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, api, selfRef]);

  const shown = q.trim().length < 2 ? null : results;
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-3">
      {hint ? <p className="text-xs text-slate-600">{hint}</p> : null}
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {t("searchLabel")}
      </label>
      <input
        id={id}
        autoFocus
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setPicked(null);
        }}
        placeholder={t("searchPlaceholder")}
        className="h-9 w-full rounded-lg border border-slate-300 bg-white px-2 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
      />
      {shown ? (
        shown.length ? (
          <ul aria-label={t("searchLabel")} className="max-h-56 space-y-1 overflow-y-auto">
            {shown.map((ticket) => (
              <li key={ticket.id}>
                <button
                  type="button"
                  aria-pressed={picked === ticket.ref}
                  onClick={() => setPicked(ticket.ref)}
                  className={`w-full rounded-md px-2 py-1.5 text-left text-sm ${
                    picked === ticket.ref ? "bg-brand-100 ring-1 ring-brand-400" : "bg-white hover:bg-slate-100"
                  }`}
                >
                  <span className="font-mono text-xs text-slate-600">{ticket.ref}</span>{" "}
                  <span className="break-words text-slate-900">{ticket.subject}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-xs text-slate-500">{t("noMatches")}</p>
        )
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          size="sm"
          variant={danger ? "danger" : "primary"}
          disabled={!picked || pending}
          onClick={() => picked && onPick(picked)}
        >
          {picked ? actionLabel(picked) : actionLabel("…")}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}
