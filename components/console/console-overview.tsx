import { Inbox, Keyboard, MessagesSquare, Timer } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

type Props = {
  name: string;
  teams: { id: string; nameEn: string; nameZh: string }[];
  activeChats: number;
  maxConcurrentChats: number;
  waiting: number;
  unread: number;
};

/** The inbox's right side before a chat is opened: a greeting, the agent's load and what waits, and the shortcuts. */
export async function ConsoleOverview({ name, teams, activeChats, maxConcurrentChats, waiting, unread }: Props) {
  const [t, locale] = await Promise.all([getTranslations("consoleChat.overview"), getLocale()]);
  const teamNames = teams.map((team) => (locale === "en" ? team.nameEn : team.nameZh)).join(" · ") || t("noTeams");
  const stats = [
    { icon: MessagesSquare, label: t("myChats"), value: `${activeChats} / ${maxConcurrentChats}` },
    { icon: Timer, label: t("waiting"), value: String(waiting) },
    { icon: Inbox, label: t("unread"), value: String(unread) },
  ];
  return (
    <section className="flex min-h-0 flex-col gap-6 overflow-y-auto rounded-2xl border border-slate-200 bg-white p-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("hello", { name })}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("teams", { teams: teamNames })}</p>
      </div>
      <dl className="grid gap-3 sm:grid-cols-3">
        {stats.map(({ icon: Icon, label, value }) => (
          <div key={label} className="rounded-xl border border-slate-200 bg-slate-50 p-4">
            <dt className="flex items-center gap-1.5 text-xs font-medium text-slate-500">
              <Icon aria-hidden className="size-4" />
              {label}
            </dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
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
