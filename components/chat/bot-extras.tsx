"use client";

import { localize } from "@/lib/i18n/locales";
import { BookOpen, CheckCircle2, UserRound, XCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import type { BotMeta as BotLineMeta } from "@/lib/contracts/bot";
import type { MessageDto } from "@/lib/contracts/chat";

/** What the bot attaches to its lines, read defensively (older messages may lack a field). */
type BotMeta = Partial<BotLineMeta>;

/** The article's small table (fees, limits, levels) as a table, not flattened text. */
function AnswerTable({ table, caption }: { table: { head: string[]; rows: string[][] }; caption: string }) {
  return (
    // A named Tab stop, so a keyboard user can scroll a wide table.
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="overflow-x-auto rounded-xl border border-slate-200 bg-white"
    >
      <table className="w-full text-left text-xs text-slate-800">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {table.head.map((cell, i) => (
              <th key={i} scope="col" className="px-2.5 py-1.5 font-semibold">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} className="border-t border-slate-100">
              {row.map((cell, j) => (
                <td key={j} className="px-2.5 py-1.5">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export type BotActions = { onSolved(): void; onUnhelpful(): void; onHuman(): void };

/**
 * Under a bot line: the help-center articles it found, and — on the newest line while the chat is still with the
 * bot — its quick replies ("This solved it", "Talk to a human"). Agents also see what the bot offered before a handoff.
 */
export function BotExtras({
  message,
  actions,
  viewer,
  locale,
}: {
  message: MessageDto;
  actions: BotActions | null;
  viewer: "CUSTOMER" | "AGENT";
  locale: string;
}) {
  const t = useTranslations("bot");
  const tAnswer = useTranslations("botAnswers");
  const meta = (message.meta ?? {}) as BotMeta;
  const articles = meta.articles ?? [];
  const offered = viewer === "AGENT" ? (meta.offered ?? []) : [];
  const replies = actions ? (meta.quickReplies ?? []) : [];
  const table = meta.answer?.table ?? null;
  if (!articles.length && !offered.length && !replies.length && !table && !(viewer === "AGENT" && meta.topic))
    return null;
  return (
    <div className="mt-1.5 flex max-w-[85%] flex-col gap-2 sm:max-w-[75%]">
      {table ? <AnswerTable table={table} caption={tAnswer("table")} /> : null}
      {articles.length ? (
        <ul className="overflow-hidden rounded-xl border border-slate-200 bg-white">
          {articles.map((article) => (
            <li key={article.slug} className="border-b border-slate-100 last:border-0">
              <a
                href={article.url}
                target="_blank"
                rel="noopener noreferrer"
                className="flex items-center gap-2 px-3 py-2 text-sm text-slate-800 hover:bg-slate-50"
              >
                <BookOpen aria-hidden className="size-4 shrink-0 text-brand-700" />
                <span className="line-clamp-1">{article.title}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {viewer === "AGENT" && (offered.length || meta.topic) ? (
        <div className="rounded-xl bg-violet-50 px-3 py-2 text-xs text-violet-900 ring-1 ring-violet-200">
          {meta.topic ? (
            <p>
              {t("inferredTopic")}: <strong>{localize(meta.topic.name, locale)}</strong>
            </p>
          ) : null}
          {offered.length ? (
            <p className="mt-0.5">
              {t("offered")}: {offered.map((a) => a.title).join(" · ")}
            </p>
          ) : null}
        </div>
      ) : null}
      {replies.length && actions ? (
        <div
          className="flex flex-wrap items-center gap-2"
          role="group"
          aria-label={replies.includes("solved") ? tAnswer("didThisHelp") : t("name")}
        >
          {replies.includes("solved") ? <span className="text-sm text-slate-600">{tAnswer("didThisHelp")}</span> : null}
          {replies.includes("solved") ? (
            <button
              type="button"
              onClick={actions.onSolved}
              className="inline-flex items-center gap-1.5 rounded-full bg-white px-3 py-1.5 text-sm font-medium text-emerald-800 ring-1 ring-emerald-300 hover:bg-emerald-50"
            >
              <CheckCircle2 aria-hidden className="size-4" />
              {t("quickSolved")}
            </button>
          ) : null}
          {replies.includes("solved") ? (
            <button
              type="button"
              onClick={actions.onUnhelpful}
              className="inline-flex items-center gap-1.5 rounded-full bg-white px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
              data-testid="not-helpful"
            >
              <XCircle aria-hidden className="size-4" />
              {tAnswer("quickNo")}
            </button>
          ) : null}
          {replies.includes("human") ? (
            <button
              type="button"
              onClick={actions.onHuman}
              className="inline-flex items-center gap-1.5 rounded-full bg-white px-3 py-1.5 text-sm font-medium text-brand-800 ring-1 ring-brand-300 hover:bg-brand-50"
              data-testid="talk-to-human"
            >
              <UserRound aria-hidden className="size-4" />
              {t("quickHuman")}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
