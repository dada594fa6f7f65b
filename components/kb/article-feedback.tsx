"use client";

import { ThumbsDown, ThumbsUp } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { useApi } from "@/lib/client/hooks";

type Vote = { feedbackId: string; helpful: boolean };
type Stage = "ask" | "comment" | "thanks";

const storageKey = (articleId: string) => `beacon.kb.vote.${articleId}`;
const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};

/** "Was this helpful?": one click records the vote; an optional comment follows (added to the same vote). */
export function ArticleFeedback({ articleId }: { articleId: string }) {
  const t = useTranslations("kb.feedback");
  const locale = useLocale();
  const api = useApi();
  const commentId = useId();
  // A vote this browser already gave (kept in localStorage): say thanks instead of asking again.
  const stored = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(storageKey(articleId)),
    () => null,
  );
  const [cast, setVote] = useState<Vote | null>(null);
  const [chosenStage, setStage] = useState<Stage | null>(null);
  const vote = cast ?? (stored ? (JSON.parse(stored) as Vote) : null);
  const stage: Stage = chosenStage ?? (stored ? "thanks" : "ask");
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function send(helpful: boolean, text?: string) {
    setPending(true);
    setError(null);
    const result = await api.request<{ feedback: Vote }>(`/api/v1/kb/articles/${articleId}/feedback`, {
      body: { helpful, locale, ...(text ? { comment: text } : {}), ...(vote ? { feedbackId: vote.feedbackId } : {}) },
    });
    setPending(false);
    if (!result.ok) {
      setError(result.fields?.comment ?? (result.message || t("failed")));
      return false;
    }
    setVote(result.feedback);
    window.localStorage.setItem(storageKey(articleId), JSON.stringify(result.feedback));
    return true;
  }

  return (
    <section aria-labelledby="kb-feedback" className="rounded-2xl border border-slate-200 bg-slate-50 p-5">
      <h2 id="kb-feedback" className="font-semibold text-slate-900">
        {t("question")}
      </h2>
      {stage === "ask" ? (
        <div className="mt-3 flex gap-2">
          <Button
            variant="secondary"
            disabled={pending}
            onClick={async () => (await send(true)) && setStage("comment")}
          >
            <ThumbsUp aria-hidden className="size-4" />
            {t("yes")}
          </Button>
          <Button
            variant="secondary"
            disabled={pending}
            onClick={async () => (await send(false)) && setStage("comment")}
          >
            <ThumbsDown aria-hidden className="size-4" />
            {t("no")}
          </Button>
        </div>
      ) : null}
      {stage === "comment" && vote ? (
        <form
          className="mt-3 space-y-3"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await send(vote.helpful, comment.trim())) setStage("thanks");
          }}
        >
          <p className="text-sm text-slate-700" role="status">
            {vote.helpful ? t("gladHelped") : t("sorry")}
          </p>
          <label htmlFor={commentId} className="block text-sm font-medium text-slate-700">
            {vote.helpful ? t("commentLabelYes") : t("commentLabelNo")}
          </label>
          <textarea
            id={commentId}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            maxLength={1000}
            rows={3}
            className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
          />
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={pending || comment.trim().length === 0}>
              {t("sendComment")}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setStage("thanks")}>
              {t("skip")}
            </Button>
          </div>
        </form>
      ) : null}
      {stage === "thanks" ? (
        <p className="mt-2 text-sm text-slate-700" role="status">
          {t("thanks")}{" "}
          <button
            type="button"
            className="font-medium text-brand-700 underline underline-offset-2"
            onClick={() => setStage("ask")}
          >
            {t("change")}
          </button>
        </p>
      ) : null}
      {error ? (
        <p className="mt-2 text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
