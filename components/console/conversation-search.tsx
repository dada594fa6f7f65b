import { Search } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ConversationSummary, TopicName } from "@/lib/realtime/chat-types";
import { ConversationResults } from "./conversation-results";

type Props = {
  query: { email?: string; status: string; cursor?: string };
  result: { conversations: ConversationSummary[]; nextCursor: string | null };
  topics: TopicName[];
};

/** Past and current conversations, found by the customer's email (a part of it will do). A plain GET form. */
export async function ConversationSearch({ query, result, topics }: Props) {
  const t = await getTranslations("consoleChat.search");
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
      <ConversationResults conversations={result.conversations} topics={topics} />
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
