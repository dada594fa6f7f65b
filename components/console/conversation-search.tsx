import { Crown, Search } from "lucide-react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { plainPreview } from "@/components/chat/format";
import { localize } from "@/lib/i18n/locales";
import type { ConversationSummary, TopicName } from "@/lib/realtime/chat-types";

type Props = {
  query: { email?: string; status: string; cursor?: string };
  result: { conversations: ConversationSummary[]; nextCursor: string | null };
  topics: TopicName[];
};

/** Past and current conversations, found by the customer's email (a part of it will do). A plain GET form. */
export async function ConversationSearch({ query, result, topics }: Props) {
  const [t, tStatus, format, locale] = await Promise.all([
    getTranslations("consoleChat.search"),
    getTranslations("consoleChat.status"),
    getFormatter(),
    getLocale(),
  ]);
  const topicName = (id: string | null) => localize(topics.find((tp) => tp.id === id)?.name, locale) || "—";
  const more = new URLSearchParams({
    ...(query.email ? { email: query.email } : {}),
    status: query.status,
    cursor: result.nextCursor ?? "",
  });
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      <form role="search" className="flex flex-wrap items-end gap-3" action="/console/chats">
        <div className="min-w-64 flex-1">
          <label htmlFor="search-email" className="mb-1.5 block text-sm font-medium text-slate-700">
            {t("email")}
          </label>
          <div className="relative">
            <Search aria-hidden className="absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-500" />
            <input
              id="search-email"
              name="email"
              type="search"
              defaultValue={query.email ?? ""}
              placeholder="alice@example.com"
              className="h-10 w-full rounded-lg border border-slate-300 bg-white pr-3 pl-9 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
            />
          </div>
        </div>
        <div>
          <label htmlFor="search-status" className="mb-1.5 block text-sm font-medium text-slate-700">
            {t("status")}
          </label>
          <select
            id="search-status"
            name="status"
            defaultValue={query.status}
            className="h-10 rounded-lg border border-slate-300 bg-white px-3 text-sm"
          >
            <option value="all">{t("all")}</option>
            <option value="open">{t("open")}</option>
            <option value="closed">{t("closed")}</option>
          </select>
        </div>
        <button
          type="submit"
          className="h-10 rounded-lg bg-slate-900 px-4 text-sm font-medium text-white hover:bg-slate-700"
        >
          {t("submit")}
        </button>
      </form>
      <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("results")}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2.5 font-medium">
                {t("customer")}
              </th>
              <th scope="col" className="px-4 py-2.5 font-medium">
                {t("topic")}
              </th>
              <th scope="col" className="px-4 py-2.5 font-medium">
                {t("status")}
              </th>
              <th scope="col" className="px-4 py-2.5 font-medium">
                {t("agent")}
              </th>
              <th scope="col" className="px-4 py-2.5 font-medium">
                {t("started")}
              </th>
              <th scope="col" className="px-4 py-2.5 font-medium">
                {t("rating")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.conversations.map((c) => (
              <tr key={c.id} className="hover:bg-slate-50">
                <td className="px-4 py-3">
                  <Link href={`/console/chats/${c.id}`} className="font-medium text-slate-900 hover:underline">
                    {c.customerName}
                  </Link>
                  {c.customerVipLevel >= 3 ? (
                    <Crown aria-label={`VIP ${c.customerVipLevel}`} className="ml-1 inline size-3.5 text-amber-500" />
                  ) : null}
                  <span className="block text-xs text-slate-500">{c.customerEmail}</span>
                  {c.preview ? (
                    <span className="line-clamp-1 block max-w-md text-xs text-slate-500">
                      {plainPreview(c.preview)}
                    </span>
                  ) : null}
                </td>
                <td className="px-4 py-3 text-slate-600">{topicName(c.topicId)}</td>
                <td className="px-4 py-3">
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">
                    {tStatus(c.status)}
                  </span>
                </td>
                <td className="px-4 py-3 text-slate-600">{c.assigneeName ?? "—"}</td>
                <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                  {format.dateTime(new Date(c.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                </td>
                <td className="px-4 py-3 text-amber-700">
                  {c.csat ? `★ ${c.csat}` : <span className="text-slate-500">—</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {result.conversations.length === 0 ? (
          <p className="px-4 py-8 text-center text-sm text-slate-500">{t("none")}</p>
        ) : null}
      </div>
      {result.nextCursor ? (
        <Link
          href={`/console/chats?${more}`}
          className="inline-block text-sm font-medium text-brand-700 hover:underline"
        >
          {t("older")}
        </Link>
      ) : null}
    </div>
  );
}
