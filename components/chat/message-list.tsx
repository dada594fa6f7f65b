"use client";

import { ArrowDown } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Fragment, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { PendingMessage } from "@/lib/realtime/conversation-sync";
import type { MessageDto } from "@/lib/contracts/chat";
import { BotExtras, type BotActions } from "./bot-extras";
import { MessageBubble, pendingState } from "./message-bubble";
import { SystemLine } from "./system-line";
import { TypingIndicator } from "./typing-indicator";

type Props = {
  messages: MessageDto[];
  pending: PendingMessage[];
  /** Whose point of view: the customer's own messages, or the desk's (agents'). */
  viewer: "CUSTOMER" | "AGENT";
  /** How far the other side has read (their lastReadSeq). */
  otherReadSeq: number;
  typing: { name: string | null } | null;
  guestToken?: string | null;
  onRetry(clientId: string): void;
  onDiscard(clientId: string): void;
  /** Called with the last seq seen while the list is scrolled to the bottom and the page is visible. */
  onRead?(seq: number): void;
  empty?: React.ReactNode;
  label: string;
  /** Quick replies under the newest bot line, while the chat is with the bot. */
  botActions?: BotActions | null;
};

const GROUP_MS = 5 * 60_000;

/** The conversation: grouped by author, days separated, pinned to the newest message unless the reader scrolled up. */
export function MessageList(props: Props) {
  const t = useTranslations("chat");
  const format = useFormatter();
  const locale = useLocale();
  const scroller = useRef<HTMLDivElement>(null);
  const [atBottom, setAtBottom] = useState(true);
  const [unseen, setUnseen] = useState(0);
  const count = props.messages.length + props.pending.length;
  const lastCount = useRef(count);
  const { onRead, messages } = props;

  // Days as the reader's formatter shows them (the desk's time zone), so separators match their labels.
  const dayKey = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const isMine = (m: MessageDto) =>
    props.viewer === "CUSTOMER" ? m.authorKind === "CUSTOMER" : m.authorKind === "AGENT";

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const grew = count > lastCount.current;
    lastCount.current = count;
    if (atBottom || (grew && props.pending.length)) el.scrollTop = el.scrollHeight;
    else if (grew) setUnseen((n) => n + 1);
  }, [count, atBottom, props.pending.length, props.typing]);

  const reportRead = useCallback(() => {
    const last = messages.at(-1)?.seq;
    if (last && atBottom && document.visibilityState === "visible") onRead?.(last);
  }, [messages, atBottom, onRead]);

  useEffect(() => {
    reportRead();
    document.addEventListener("visibilitychange", reportRead);
    window.addEventListener("focus", reportRead);
    return () => {
      document.removeEventListener("visibilitychange", reportRead);
      window.removeEventListener("focus", reportRead);
    };
  }, [reportRead]);

  function onScroll() {
    const el = scroller.current!;
    const bottom = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
    setAtBottom(bottom);
    if (bottom) setUnseen(0);
  }

  function jump() {
    scroller.current?.scrollTo({ top: scroller.current.scrollHeight, behavior: "smooth" });
  }

  const lastBotSeq = props.messages.at(-1)?.authorKind === "BOT" ? props.messages.at(-1)!.seq : null;
  const lastReadMine = [...props.messages]
    .reverse()
    .find((m) => isMine(m) && !m.internal && m.seq <= props.otherReadSeq)?.seq;

  return (
    <div className="relative min-h-0 flex-1">
      <div
        ref={scroller}
        onScroll={onScroll}
        className="h-full overflow-y-auto overscroll-contain px-3 py-4 sm:px-5"
        role="log"
        // Focusable, so the history can be scrolled with the keyboard.
        tabIndex={0}
        aria-label={props.label}
        aria-live="polite"
      >
        {count === 0 ? props.empty : null}
        <div className="flex flex-col gap-1">
          {props.messages.map((message, index) => {
            const previous = props.messages[index - 1];
            const newDay = !previous || dayKey(previous.createdAt) !== dayKey(message.createdAt);
            const grouped =
              !newDay &&
              previous.authorKind === message.authorKind &&
              previous.authorName === message.authorName &&
              new Date(message.createdAt).getTime() - new Date(previous.createdAt).getTime() < GROUP_MS;
            const mine = isMine(message);
            const showName = !grouped && message.authorKind !== "SYSTEM" && (!mine || props.viewer === "AGENT");
            return (
              <Fragment key={message.seq}>
                {newDay ? (
                  <p className="my-3 text-center text-xs font-medium text-slate-500">
                    {format.dateTime(new Date(message.createdAt), { dateStyle: "medium" })}
                  </p>
                ) : null}
                {message.authorKind === "SYSTEM" ? (
                  <SystemLine message={message} />
                ) : (
                  <div
                    className={`flex flex-col ${grouped ? "" : "mt-2"}`}
                    data-testid="message"
                    data-seq={message.seq}
                    data-mine={mine}
                  >
                    {showName ? (
                      <span className={`mb-1 px-1 text-xs font-medium text-slate-500 ${mine ? "self-end" : ""}`}>
                        {message.authorName ?? (message.authorKind === "BOT" ? t("bot") : "")}
                      </span>
                    ) : null}
                    <MessageBubble
                      body={message.body}
                      attachments={message.attachments}
                      mine={mine}
                      internal={message.internal}
                      createdAt={message.createdAt}
                      state={
                        mine && !message.internal ? (message.seq <= props.otherReadSeq ? "read" : "sent") : undefined
                      }
                      guestToken={props.guestToken}
                    />
                    {message.authorKind === "BOT" ? (
                      <BotExtras
                        message={message}
                        viewer={props.viewer}
                        locale={locale}
                        actions={
                          message.seq === lastBotSeq && !props.pending.length ? (props.botActions ?? null) : null
                        }
                      />
                    ) : null}
                    {mine && message.seq === lastReadMine ? (
                      <span className="self-end px-1 text-[0.6875rem] text-sky-700" data-testid="read-receipt">
                        {t("delivery.readLabel")}
                      </span>
                    ) : null}
                  </div>
                )}
              </Fragment>
            );
          })}
          {props.pending.map((pending) => (
            <div key={pending.clientId} className="mt-2 flex flex-col" data-testid="pending-message">
              <MessageBubble
                body={pending.body}
                attachments={pending.attachments}
                mine
                internal={pending.internal}
                createdAt={pending.createdAt}
                state={pendingState(pending)}
                error={pending.error}
                guestToken={props.guestToken}
                onRetry={() => props.onRetry(pending.clientId)}
                onDiscard={() => props.onDiscard(pending.clientId)}
              />
            </div>
          ))}
          {props.typing ? (
            <div className="mt-2">
              <TypingIndicator name={props.typing.name} />
            </div>
          ) : null}
        </div>
      </div>
      {!atBottom && unseen > 0 ? (
        <button
          type="button"
          onClick={jump}
          className="absolute bottom-3 left-1/2 inline-flex -translate-x-1/2 items-center gap-1.5 rounded-full bg-slate-900 px-3 py-1.5 text-xs font-medium text-white shadow-lg"
        >
          <ArrowDown aria-hidden className="size-3.5" />
          {t("newMessages", { count: unseen })}
        </button>
      ) : null}
    </div>
  );
}
