"use client";

import { localize } from "@/lib/i18n/locales";
import { RefreshCw } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { getSocket, on } from "@/lib/realtime/client";
import type { TicketSummaryDto } from "@/lib/contracts/ticket";
import { PriorityLabel, StatusBadge } from "./badges";
import { BulkBar } from "./bulk-bar";
import { RelativeTime, SlaBadge } from "./sla-badge";

type Page = { tickets: TicketSummaryDto[]; total: number; totalCapped: boolean; page: number; pageSize: number };

/**
 * The console list: select tickets for bulk assign / solve / close; live — when any ticket changes the list reloads
 * itself, unless the agent is in the middle of a selection (then a banner offers the reload).
 */
export function TicketTable({
  data,
  agents,
  meId,
  emptyText,
}: {
  data: Page;
  agents: { id: string; name: string }[];
  meId: string;
  emptyText: string;
}) {
  const t = useTranslations("tickets.console");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [stale, setStale] = useState(false);
  const selecting = useRef(false);
  useEffect(() => {
    selecting.current = selected.size > 0;
  }, [selected]);

  useEffect(() => {
    const socket = getSocket();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      if (selecting.current) return setStale(true);
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 600);
    };
    const off = on(socket, "ticket.updated", changed);
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [router]);

  const refs = data.tickets.map((ticket) => ticket.ref);
  const all = refs.length > 0 && refs.every((ref) => selected.has(ref));
  const toggle = (ref: string) =>
    setSelected((now) => (now.has(ref) ? new Set([...now].filter((r) => r !== ref)) : new Set([...now, ref])));
  const pageHref = (page: number) => {
    const next = new URLSearchParams(params.toString());
    next.set("page", String(page));
    return `${pathname}?${next.toString()}`;
  };
  const lastPage = Math.max(1, Math.ceil(data.total / data.pageSize));

  return (
    <div className="space-y-3">
      {stale ? (
        <button
          type="button"
          onClick={() => (setStale(false), router.refresh())}
          className="flex w-full items-center justify-center gap-2 rounded-lg bg-sky-50 px-3 py-2 text-sm font-medium text-sky-800 ring-1 ring-sky-200 hover:bg-sky-100"
        >
          <RefreshCw aria-hidden className="size-4" />
          {t("newActivity")}
        </button>
      ) : null}
      {selected.size ? (
        <BulkBar
          selected={[...selected]}
          agents={agents}
          meId={meId}
          onDone={() => (setSelected(new Set()), setStale(false), router.refresh())}
        />
      ) : null}
      <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
        <table className="w-full min-w-[860px] text-left text-sm" data-testid="ticket-table">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="w-10 px-3 py-2.5">
                <input
                  type="checkbox"
                  className="size-4 accent-brand-600"
                  checked={all}
                  onChange={() => setSelected(all ? new Set() : new Set(refs))}
                  aria-label={t("selectAll")}
                />
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t("colTicket")}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t("colStatus")}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t("colPriority")}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t("colSla")}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t("colTeam")}
              </th>
              <th scope="col" className="px-3 py-2.5">
                {t("colAssignee")}
              </th>
              <th scope="col" className="px-3 py-2.5 text-right">
                {t("colUpdated")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.tickets.map((ticket) => (
              <tr
                key={ticket.id}
                className={`hover:bg-slate-50 ${selected.has(ticket.ref) ? "bg-brand-50/60" : ""}`}
                data-testid="ticket-row"
              >
                <td className="px-3 py-3 align-top">
                  <input
                    type="checkbox"
                    className="size-4 accent-brand-600"
                    checked={selected.has(ticket.ref)}
                    onChange={() => toggle(ticket.ref)}
                    aria-label={t("select", { ref: ticket.ref })}
                  />
                </td>
                <td className="max-w-md px-3 py-3">
                  <Link href={`/console/tickets/${ticket.ref}`} className="group block">
                    <span className="font-mono text-xs text-slate-500">{ticket.ref}</span>
                    <span className="block truncate font-medium text-slate-900 group-hover:text-brand-700">
                      {ticket.subject}
                    </span>
                    <span className="block truncate text-xs text-slate-500">
                      {ticket.requester.name}
                      {ticket.requester.email ? ` · ${ticket.requester.email}` : ""}
                      {ticket.requester.isGuest ? ` · ${t("guest")}` : ""}
                      {ticket.requester.vipLevel ? ` · ${t("vip", { level: ticket.requester.vipLevel })}` : ""}
                    </span>
                  </Link>
                </td>
                <td className="px-3 py-3">
                  <StatusBadge status={ticket.status} audience="agent" />
                </td>
                <td className="px-3 py-3">
                  <PriorityLabel priority={ticket.priority} />
                </td>
                <td className="px-3 py-3">
                  <SlaBadge badge={ticket.sla} dueAt={ticket.slaDueAt} compact />
                </td>
                <td className="px-3 py-3 text-slate-600">{ticket.team ? localize(ticket.team.name, locale) : "—"}</td>
                <td className="px-3 py-3 text-slate-600">
                  {ticket.assignee?.name ?? <span className="text-slate-400">{t("unassigned")}</span>}
                </td>
                <td className="px-3 py-3 text-right text-xs whitespace-nowrap text-slate-500">
                  <RelativeTime iso={ticket.updatedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {!data.tickets.length ? <p className="px-6 py-14 text-center text-sm text-slate-500">{emptyText}</p> : null}
      </div>
      <div className="flex items-center justify-between text-sm text-slate-600">
        <span>{data.totalCapped ? t("countCapped", { count: data.total }) : t("count", { count: data.total })}</span>
        <span className="flex items-center gap-2">
          {data.page > 1 ? (
            <Link
              className="rounded-lg px-3 py-1.5 ring-1 ring-slate-300 hover:bg-slate-50"
              href={pageHref(data.page - 1)}
            >
              {t("previous")}
            </Link>
          ) : null}
          <span>{t("page", { page: data.page })}</span>
          {data.page < lastPage || (data.totalCapped && data.tickets.length === data.pageSize) ? (
            <Link
              className="rounded-lg px-3 py-1.5 ring-1 ring-slate-300 hover:bg-slate-50"
              href={pageHref(data.page + 1)}
            >
              {t("next")}
            </Link>
          ) : null}
        </span>
      </div>
    </div>
  );
}
