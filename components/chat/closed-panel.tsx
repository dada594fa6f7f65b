"use client";

import { Download, Mail, MessageCirclePlus, Star } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ConversationDto } from "@/lib/contracts/chat";
import { useApi } from "@/lib/client/hooks";
import { downloadWithToken } from "./download";

type Props = {
  conversation: ConversationDto;
  guestToken?: string | null;
  onRated(conversation: ConversationDto): void;
  onNewChat(): void;
};

/** After the chat: a 1–5 rating with a comment, the transcript to download or email, and a way to start again. */
export function ClosedPanel({ conversation, guestToken, onRated, onNewChat }: Props) {
  const t = useTranslations("chat.closed");
  const api = useApi();
  const [score, setScore] = useState(0);
  const [hover, setHover] = useState(0);
  const [comment, setComment] = useState("");
  const [status, setStatus] = useState<{ kind: "idle" | "busy" | "error" | "mailed"; text?: string }>({ kind: "idle" });
  const base = `/api/v1/conversations/${conversation.id}`;

  async function rate(event: React.FormEvent) {
    event.preventDefault();
    if (!score) return;
    setStatus({ kind: "busy" });
    const result = await api.request<{ conversation: ConversationDto }>(`${base}/rating`, {
      body: { score, comment: comment || undefined },
      guestToken,
    });
    if (!result.ok) return setStatus({ kind: "error", text: result.message || t("failed") });
    onRated(result.conversation);
    setStatus({ kind: "idle" });
  }

  async function email() {
    setStatus({ kind: "busy" });
    const result = await api.request<{ to: string; held: boolean }>(`${base}/transcript`, {
      method: "POST",
      guestToken,
    });
    setStatus(
      result.ok
        ? { kind: "mailed", text: t(result.held ? "confirmFirst" : "emailed", { email: result.to }) }
        : { kind: "error", text: result.message || t("failed") },
    );
  }

  const labels = [t("score1"), t("score2"), t("score3"), t("score4"), t("score5")];
  return (
    <div className="space-y-4 border-t border-slate-200 bg-slate-50 p-4" data-testid="closed-panel">
      <p className="text-center text-sm font-medium text-slate-700">{t("title")}</p>
      {conversation.csat ? (
        <p className="text-center text-sm text-emerald-700" role="status" data-testid="rating-thanks">
          {t("thanks", { score: conversation.csat })}
        </p>
      ) : (
        <form onSubmit={rate} className="space-y-3">
          <fieldset>
            <legend className="mb-2 block w-full text-center text-sm text-slate-600">{t("ratePrompt")}</legend>
            <div className="flex justify-center gap-1" onMouseLeave={() => setHover(0)}>
              {labels.map((label, index) => {
                const value = index + 1;
                const lit = value <= (hover || score);
                return (
                  <label
                    key={value}
                    className="cursor-pointer rounded-md p-1 focus-within:ring-2 focus-within:ring-brand-400"
                    onMouseEnter={() => setHover(value)}
                    title={label}
                  >
                    <input
                      type="radio"
                      name="score"
                      value={value}
                      checked={score === value}
                      onChange={() => setScore(value)}
                      className="sr-only"
                      aria-label={label}
                    />
                    <Star
                      aria-hidden
                      className={`size-8 ${lit ? "fill-amber-400 text-amber-400" : "text-slate-300"}`}
                    />
                  </label>
                );
              })}
            </div>
            <p className="mt-1 h-4 text-center text-xs text-slate-500" aria-live="polite">
              {hover || score ? labels[(hover || score) - 1] : ""}
            </p>
          </fieldset>
          <label htmlFor="rating-comment" className="sr-only">
            {t("comment")}
          </label>
          <textarea
            id="rating-comment"
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            rows={2}
            maxLength={1000}
            placeholder={t("comment")}
            className="block w-full resize-none rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
          />
          <button
            type="submit"
            disabled={!score || status.kind === "busy"}
            className="h-10 w-full rounded-lg bg-brand-700 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-50"
            data-testid="rating-submit"
          >
            {t("submit")}
          </button>
        </form>
      )}
      <div className="flex flex-wrap justify-center gap-2">
        <button
          type="button"
          onClick={() =>
            void downloadWithToken(api, `${base}/transcript`, guestToken, "transcript.txt").then(
              (result) => !result.ok && setStatus({ kind: "error", text: t("failed") }),
            )
          }
          className="inline-flex items-center gap-1.5 rounded-lg bg-white px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
        >
          <Download aria-hidden className="size-4" />
          {t("download")}
        </button>
        <button
          type="button"
          onClick={() => void email()}
          disabled={status.kind === "busy" || status.kind === "mailed"}
          className="inline-flex items-center gap-1.5 rounded-lg bg-white px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-60"
        >
          <Mail aria-hidden className="size-4" />
          {t("email")}
        </button>
        <button
          type="button"
          onClick={onNewChat}
          className="inline-flex items-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          <MessageCirclePlus aria-hidden className="size-4" />
          {t("newChat")}
        </button>
      </div>
      {status.text ? (
        <p
          role="status"
          className={`text-center text-sm ${status.kind === "error" ? "text-red-600" : "text-emerald-700"}`}
        >
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
