"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Crown } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { plainPreview } from "@/components/chat/format";
import { DataTable } from "@/components/ui/data-table";
import { localize } from "@/lib/i18n/locales";
import type { ConversationSummary, TopicName } from "@/lib/realtime/chat-types";

/** The conversations found: customer (with the latest words), topic, status, agent, start and rating; sortable. */
export function ConversationResults({
  conversations,
  topics,
}: {
  conversations: ConversationSummary[];
  topics: TopicName[];
}) {
  const [t, tStatus, format, locale] = [
    useTranslations("consoleChat.search"),
    useTranslations("consoleChat.status"),
    useFormatter(),
    useLocale(),
  ];
  const topicName = (id: string | null) => localize(topics.find((tp) => tp.id === id)?.name, locale) || "—";
  const columns: ColumnDef<ConversationSummary>[] = [
    {
      id: "customer",
      header: t("customer"),
      accessorFn: (c) => `${c.customerName} ${c.customerEmail ?? ""}`,
      sortingFn: (a, b) => a.original.customerName.localeCompare(b.original.customerName, locale),
      cell: ({ row: { original: c } }) => (
        <>
          <Link href={`/console/chats/${c.id}`} className="font-medium text-slate-900 hover:underline">
            {c.customerName}
          </Link>
          {c.customerVipLevel >= 3 ? (
            <Crown aria-label={`VIP ${c.customerVipLevel}`} className="ml-1 inline size-3.5 text-amber-500" />
          ) : null}
          <span className="block text-xs text-slate-500">{c.customerEmail}</span>
          {c.preview ? (
            <span className="line-clamp-1 block max-w-md text-xs text-slate-500">{plainPreview(c.preview)}</span>
          ) : null}
        </>
      ),
    },
    { id: "topic", header: t("topic"), accessorFn: (c) => topicName(c.topicId), meta: { className: "text-slate-600" } },
    {
      id: "status",
      header: t("status"),
      accessorFn: (c) => tStatus(c.status),
      cell: ({ getValue }) => (
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-slate-700">
          {getValue<string>()}
        </span>
      ),
    },
    {
      id: "agent",
      header: t("agent"),
      accessorFn: (c) => c.assigneeName ?? "—",
      meta: { className: "text-slate-600" },
    },
    {
      id: "started",
      header: t("started"),
      accessorKey: "createdAt",
      cell: ({ row: { original: c } }) =>
        format.dateTime(new Date(c.createdAt), { dateStyle: "medium", timeStyle: "short" }),
      meta: { className: "whitespace-nowrap text-slate-600" },
    },
    {
      id: "rating",
      header: t("rating"),
      accessorFn: (c) => c.csat ?? 0,
      cell: ({ row: { original: c } }) =>
        c.csat ? <span className="text-amber-700">{`★ ${c.csat}`}</span> : <span className="text-slate-500">—</span>,
    },
  ];
  return (
    <DataTable
      data={conversations}
      columns={columns}
      testId="conversation-results"
      caption={t("results")}
      emptyText={t("none")}
      filter={conversations.length > 5}
      rowProps={() => ({ className: "align-top" })}
    />
  );
}
