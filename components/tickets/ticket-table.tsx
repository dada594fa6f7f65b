"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { localize } from "@/lib/i18n/locales";
import { RefreshCw } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { getSocket, on } from "@/lib/realtime/client";
import { PRIORITIES, type TicketSummaryDto } from "@/lib/contracts/ticket";
import { DataTable } from "@/components/ui/data-table";
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
  const columns: ColumnDef<TicketSummaryDto>[] = [
    {
      id: "select",
      header: () => (
        <input
          type="checkbox"
          className="size-4 accent-brand-600"
          checked={all}
          onChange={() => setSelected(all ? new Set() : new Set(refs))}
          aria-label={t("selectAll")}
        />
      ),
      cell: ({ row: { original: ticket } }) => (
        <input
          type="checkbox"
          className="size-4 accent-brand-600"
          checked={selected.has(ticket.ref)}
          onChange={() => toggle(ticket.ref)}
          aria-label={t("select", { ref: ticket.ref })}
        />
      ),
      meta: { className: "w-10 align-top", headerClassName: "w-10" },
    },
    {
      id: "ticket",
      header: t("colTicket"),
      accessorFn: (ticket) =>
        `${ticket.ref} ${ticket.subject} ${ticket.requester.name} ${ticket.requester.email ?? ""}`,
      cell: ({ row: { original: ticket } }) => (
        <Link href={`/console/tickets/${ticket.ref}`} className="group block">
          <span className="font-mono text-xs text-slate-500">{ticket.ref}</span>
          <span className="block truncate font-medium text-slate-900 group-hover:text-brand-700">{ticket.subject}</span>
          <span className="block truncate text-xs text-slate-500">
            {ticket.requester.name}
            {ticket.requester.email ? ` · ${ticket.requester.email}` : ""}
            {ticket.requester.isGuest ? ` · ${t("guest")}` : ""}
            {ticket.requester.vipLevel ? ` · ${t("vip", { level: ticket.requester.vipLevel })}` : ""}
          </span>
        </Link>
      ),
      meta: { className: "max-w-md py-3" },
    },
    {
      id: "status",
      header: t("colStatus"),
      accessorKey: "status",
      cell: ({ row: { original: ticket } }) => <StatusBadge status={ticket.status} audience="agent" />,
    },
    {
      id: "priority",
      header: t("colPriority"),
      accessorFn: (ticket) => PRIORITIES.indexOf(ticket.priority),
      cell: ({ row: { original: ticket } }) => <PriorityLabel priority={ticket.priority} />,
    },
    {
      id: "sla",
      header: t("colSla"),
      // Soonest deadline first; tickets without one last.
      accessorFn: (ticket) => ticket.slaDueAt ?? "~",
      cell: ({ row: { original: ticket } }) => <SlaBadge badge={ticket.sla} dueAt={ticket.slaDueAt} compact />,
    },
    {
      id: "team",
      header: t("colTeam"),
      accessorFn: (ticket) => (ticket.team ? localize(ticket.team.name, locale) : ""),
      cell: ({ getValue }) => getValue<string>() || "—",
      meta: { className: "text-slate-600" },
    },
    {
      id: "assignee",
      header: t("colAssignee"),
      accessorFn: (ticket) => ticket.assignee?.name ?? "",
      cell: ({ row: { original: ticket } }) =>
        ticket.assignee?.name ?? <span className="text-slate-400">{t("unassigned")}</span>,
      meta: { className: "text-slate-600" },
    },
    {
      id: "updated",
      header: t("colUpdated"),
      accessorKey: "updatedAt",
      cell: ({ row: { original: ticket } }) => <RelativeTime iso={ticket.updatedAt} />,
      meta: { className: "text-right text-xs whitespace-nowrap text-slate-500", headerClassName: "text-right" },
    },
  ];

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
      <DataTable
        data={data.tickets}
        columns={columns}
        testId="ticket-table"
        emptyText={emptyText}
        tableClassName="w-full min-w-[860px]"
        rowProps={(ticket) => ({
          className: selected.has(ticket.ref) ? "bg-brand-50/60" : "",
          "data-testid": "ticket-row",
        })}
      />
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
