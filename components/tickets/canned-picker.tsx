"use client";

import { byLanguage, languageOf } from "@/lib/i18n/locales";
import { MessageSquareText } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { arrowFocus } from "@/components/ui/arrow-focus";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";

export type CannedReply = { id: string; shortcut: string; title: string; body: string; locale: string };

/**
 * A searchable list of canned responses, the ticket's language first; picking one inserts it into the composer. The
 * search box has focus on opening; arrow keys go down into the list.
 */
export function CannedPicker({
  replies,
  locale,
  onPick,
}: {
  replies: CannedReply[];
  locale: string;
  onPick: (reply: CannedReply) => void;
}) {
  const t = useTranslations("tickets.agent");
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const id = useId();
  const q = query.trim().toLowerCase().replace(/^\//, "");
  const shown = replies
    .filter(
      (r) =>
        !q ||
        r.shortcut.toLowerCase().startsWith(q) ||
        r.title.toLowerCase().includes(q) ||
        r.body.toLowerCase().includes(q),
    )
    .sort((a, b) => byLanguage(locale)(a.locale, b.locale));

  return (
    <Popover open={open} onOpenChange={(next) => (setOpen(next), next || setQuery(""))}>
      <PopoverTrigger
        type="button"
        className="inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-sm text-slate-600 hover:bg-slate-100"
        data-testid="canned-toggle"
      >
        <MessageSquareText aria-hidden className="size-4" />
        {t("canned")}
      </PopoverTrigger>
      <PopoverContent
        side="top"
        align="start"
        aria-label={t("canned")}
        className="w-[min(28rem,calc(100vw-1rem))] p-2"
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" && event.target instanceof HTMLInputElement) {
            event.preventDefault();
            event.currentTarget.querySelector<HTMLElement>("li button")?.focus();
          }
        }}
        data-testid="canned-picker"
      >
        <label className="sr-only" htmlFor={`${id}-q`}>
          {t("cannedSearch")}
        </label>
        <input
          id={`${id}-q`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t("cannedSearch")}
          className="mb-2 h-8 w-full rounded-md border border-slate-300 px-2 text-sm"
        />
        <ul className="max-h-72 overflow-y-auto" onKeyDown={(event) => arrowFocus(event)}>
          {shown.map((reply) => (
            <li key={reply.id}>
              <button
                type="button"
                className="w-full rounded-lg px-2.5 py-2 text-left hover:bg-brand-50 focus:bg-brand-50 focus:outline-none"
                onClick={() => {
                  onPick(reply);
                  setOpen(false);
                  setQuery("");
                }}
              >
                <span className="flex items-center gap-2 text-sm">
                  <span className="font-mono font-semibold text-brand-700">/{reply.shortcut}</span>
                  <span className="truncate font-medium text-slate-800">{reply.title}</span>
                  <span className="ml-auto rounded bg-slate-100 px-1.5 py-0.5 text-[10px] font-medium text-slate-500">
                    {languageOf(reply.locale).label}
                  </span>
                </span>
                <span className="mt-0.5 line-clamp-1 block text-xs text-slate-500">{reply.body}</span>
              </button>
            </li>
          ))}
          {!shown.length ? <li className="px-2.5 py-2 text-sm text-slate-500">{t("cannedEmpty")}</li> : null}
        </ul>
      </PopoverContent>
    </Popover>
  );
}
