"use client";

import { AlertCircle, Check, CheckCheck, Clock, Lock, RotateCw, Trash2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { PendingMessage } from "@/lib/realtime/conversation-sync";
import type { AttachmentDto } from "@/lib/contracts/attachment";
import { AttachmentView } from "./attachment-view";
import { MessageBody } from "./message-body";

export type BubbleState = "sending" | "failed" | "sent" | "read";

export type BubbleProps = {
  body: string;
  attachments: AttachmentDto[];
  mine: boolean;
  internal?: boolean;
  createdAt: string;
  state?: BubbleState;
  error?: string;
  guestToken?: string | null;
  onRetry?: () => void;
  onDiscard?: () => void;
};

function StateIcon({ state }: { state: BubbleState }) {
  const t = useTranslations("chat.delivery");
  const icon = {
    sending: <Clock aria-hidden className="size-3.5" />,
    sent: <Check aria-hidden className="size-3.5" />,
    read: <CheckCheck aria-hidden className="size-3.5 text-sky-600" />,
    failed: <AlertCircle aria-hidden className="size-3.5 text-red-600" />,
  }[state];
  return (
    <span className="inline-flex items-center gap-0.5" title={t(state)} data-testid="delivery-state" data-state={state}>
      {icon}
      <span className="sr-only">{t(state)}</span>
    </span>
  );
}

/** One message: text with light formatting, files, time and (for one's own) its delivery state. */
export function MessageBubble(props: BubbleProps) {
  const t = useTranslations("chat");
  const format = useFormatter();
  const { mine, internal, state } = props;
  const tone = internal
    ? "bg-amber-50 text-amber-950 ring-1 ring-amber-200"
    : mine
      ? "bg-brand-700 text-white"
      : "bg-white text-slate-900 ring-1 ring-slate-200";
  const hasText = props.body.trim().length > 0;
  return (
    <div
      className={`flex max-w-[85%] flex-col gap-1 sm:max-w-[75%] ${mine ? "items-end self-end" : "items-start self-start"}`}
    >
      {props.attachments.length ? (
        <div className={`flex flex-wrap gap-1.5 ${mine ? "justify-end" : ""}`}>
          {props.attachments.map((file) => (
            <AttachmentView key={file.id} attachment={file} guestToken={props.guestToken} mine={mine && !internal} />
          ))}
        </div>
      ) : null}
      {hasText ? (
        <div
          className={`rounded-2xl px-3.5 py-2 text-[0.9375rem] leading-relaxed shadow-sm ${tone} ${mine ? "rounded-br-md" : "rounded-bl-md"} ${state === "sending" ? "opacity-80" : ""}`}
        >
          {internal ? (
            <span className="mb-0.5 flex items-center gap-1 text-xs font-semibold text-amber-700">
              <Lock aria-hidden className="size-3" />
              {t("internalNote")}
            </span>
          ) : null}
          <MessageBody body={props.body} />
        </div>
      ) : null}
      <div className="flex items-center gap-1.5 px-1 text-[0.6875rem] text-slate-500">
        <time dateTime={props.createdAt}>
          {format.dateTime(new Date(props.createdAt), { hour: "2-digit", minute: "2-digit" })}
        </time>
        {mine && state ? <StateIcon state={state} /> : null}
      </div>
      {state === "failed" ? (
        <div className="flex flex-wrap items-center gap-2 px-1 text-xs text-red-700" role="alert">
          <span>{props.error || t("delivery.failedHint")}</span>
          <button
            type="button"
            onClick={props.onRetry}
            className="inline-flex items-center gap-1 font-medium underline underline-offset-2"
          >
            <RotateCw aria-hidden className="size-3" />
            {t("delivery.retry")}
          </button>
          <button
            type="button"
            onClick={props.onDiscard}
            className="inline-flex items-center gap-1 text-slate-500 hover:text-slate-700"
          >
            <Trash2 aria-hidden className="size-3" />
            {t("delivery.discard")}
          </button>
        </div>
      ) : null}
    </div>
  );
}

export function pendingState(pending: PendingMessage): BubbleState {
  return pending.state === "failed" ? "failed" : "sending";
}
