"use client";

import { BookOpen, RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useApi } from "@/lib/client/hooks";
import type { ArticleSuggestion } from "@/lib/contracts/chat";

/**
 * Help-center articles for what the customer asked, in the customer's language: the agent sends one with a click
 * (a message linking the article by its title) or refreshes after the customer writes more.
 */
export function ArticleSuggestions({
  conversationId,
  initial,
  canSend,
}: {
  conversationId: string;
  initial: ArticleSuggestion[];
  canSend: boolean;
}) {
  const t = useTranslations("console.articleSuggestions");
  const api = useApi();
  const [suggestions, setSuggestions] = useState(initial);
  const [pending, start] = useTransition();
  const base = `/api/v1/conversations/${conversationId}`;
  const refresh = () =>
    start(async () => {
      const result = await api.request<{ suggestions: ArticleSuggestion[] }>(`${base}/article-suggestions`);
      if (!result.ok) return void toast.error(result.message || t("failed"));
      setSuggestions(result.suggestions);
    });
  const send = (article: ArticleSuggestion) =>
    start(async () => {
      const body = `[${article.title}](${article.path})`;
      const result = await api.request(`${base}/messages`, { body: { body, clientId: crypto.randomUUID() } });
      if (!result.ok) return void toast.error(result.message);
      toast.success(t("sent"));
    });
  return (
    <section
      aria-label={t("title")}
      className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4"
      data-testid="article-suggestions"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 className="flex items-center gap-2 text-sm font-semibold text-slate-800">
          <BookOpen aria-hidden className="size-4" />
          {t("title")}
        </h2>
        <Button type="button" size="sm" variant="ghost" disabled={pending} onClick={refresh} aria-label={t("refresh")}>
          <RefreshCw aria-hidden className="size-4" />
        </Button>
      </div>
      <p className="text-xs text-slate-500">{t("intro")}</p>
      {suggestions.length ? (
        <ul className="space-y-2">
          {suggestions.map((article) => (
            <li key={article.slug} className="flex items-start justify-between gap-2">
              <a
                href={article.path}
                target="_blank"
                rel="noreferrer"
                className="text-sm text-brand-700 hover:underline"
              >
                {article.title}
              </a>
              {canSend ? (
                <Button
                  type="button"
                  size="sm"
                  variant="secondary"
                  disabled={pending}
                  onClick={() => send(article)}
                  aria-label={t("sendLabel", { title: article.title })}
                >
                  {t("send")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      )}
    </section>
  );
}
