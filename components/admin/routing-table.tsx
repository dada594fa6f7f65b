"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable } from "@/components/ui/data-table";
import { localize, type LocalizedText } from "@/lib/i18n/locales";

type Topic = {
  id: string;
  name: LocalizedText;
  basePriority: "LOW" | "NORMAL" | "HIGH" | "URGENT";
  team: { name: LocalizedText };
};

const PRIORITY_STYLE = {
  URGENT: "bg-red-100 text-red-800",
  HIGH: "bg-amber-100 text-amber-800",
  NORMAL: "bg-slate-100 text-slate-700",
  LOW: "bg-slate-50 text-slate-500",
} as const;
const PRIORITY_RANK = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 } as const;

/** Which team each topic routes to, at which base priority. */
export function RoutingTable({ topics }: { topics: Topic[] }) {
  const [t, p, locale] = [useTranslations("admin"), useTranslations("priority"), useLocale()];
  const columns = useMemo<ColumnDef<Topic>[]>(
    () => [
      {
        id: "topic",
        header: t("topicTitle"),
        accessorFn: (topic) => localize(topic.name, locale),
        meta: { className: "font-medium text-slate-800" },
      },
      {
        id: "team",
        header: t("topicTeam"),
        accessorFn: (topic) => localize(topic.team.name, locale),
        meta: { className: "text-slate-600" },
      },
      {
        id: "priority",
        header: t("topicPriority"),
        accessorFn: (topic) => PRIORITY_RANK[topic.basePriority],
        cell: ({ row: { original: topic } }) => (
          <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${PRIORITY_STYLE[topic.basePriority]}`}>
            {p(topic.basePriority)}
          </span>
        ),
      },
    ],
    [t, p, locale],
  );
  return (
    <section className="space-y-2">
      <h2 className="font-semibold">{t("topicTitle")}</h2>
      <DataTable
        data={topics}
        columns={columns}
        testId="routing-table"
        emptyText={t("topicEmpty")}
        tableClassName="w-full"
      />
    </section>
  );
}
