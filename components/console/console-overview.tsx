import { localize, type LocalizedText } from "@/lib/i18n/locales";
import { Keyboard, MessagesSquare } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { QueueEntryDto } from "@/lib/contracts/chat";
import type { InboxItem } from "@/lib/realtime/chat-types";
import { LiveStats } from "./live-stats";

type Props = {
  name: string;
  teams: { id: string; name: LocalizedText }[];
  me: string;
  maxConcurrentChats: number;
  inbox: InboxItem[];
  queue: QueueEntryDto[];
};

/** The inbox's right side before a chat is opened: a greeting, the agent's load and what waits, and the shortcuts. */
export async function ConsoleOverview({ name, teams, me, maxConcurrentChats, inbox, queue }: Props) {
  const [t, locale] = await Promise.all([getTranslations("consoleChat.overview"), getLocale()]);
  const teamNames = teams.map((team) => localize(team.name, locale)).join(" · ") || t("noTeams");

  return (
    <section className="flex min-h-0 flex-col gap-6 overflow-y-auto rounded-2xl border border-slate-200 bg-white p-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("hello", { name })}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("teams", { teams: teamNames })}</p>
      </div>
      <LiveStats me={me} maxConcurrentChats={maxConcurrentChats} initialInbox={inbox} initialQueue={queue} />
      <div className="flex flex-1 flex-col items-center justify-center rounded-xl border border-dashed border-slate-300 p-8 text-center">
        <MessagesSquare aria-hidden className="size-10 text-slate-300" />
        <p className="mt-3 font-medium text-slate-700">{t("pick")}</p>
        <p className="mt-1 max-w-sm text-sm text-slate-500">{t("pickBody")}</p>
        <p className="mt-4 inline-flex items-center gap-1.5 text-xs text-slate-500">
          <Keyboard aria-hidden className="size-4" />
          {t("shortcutsHint")}
        </p>
        <Link href="/console/chats" className="mt-4 text-sm font-medium text-brand-700 hover:underline">
          {t("search")}
        </Link>
      </div>
    </section>
  );
}
