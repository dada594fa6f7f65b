"use client";

import { Loader2, Lock, Paperclip, SendHorizontal, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useMemo, useRef, useState, type RefObject } from "react";
import type { AttachmentDto } from "@/lib/contracts/attachment";
import { byLanguage } from "@/lib/i18n/locales";
import { CannedMenu, type CannedOption } from "./canned-menu";
import { fillPlaceholders } from "@/lib/contracts/placeholders";
import { EmojiPicker } from "./emoji-picker";
import { ACCEPTED_TYPES } from "./upload";
import { useDraft } from "./use-draft";
import { useUploads } from "./use-uploads";
import { Segmented } from "@/components/ui/segmented";

export type ComposerSend = { body: string; attachments: AttachmentDto[]; internal: boolean };

type AgentOptions = {
  canned: CannedOption[];
  vars: { customerName: string; agentName: string };
  /** Public replies are the assignee's; others may still write internal notes. */
  canReply: boolean;
  preferredLocale: string;
};

type Props = {
  /** Where the unsent text is kept between visits (per conversation). */
  draftKey: string;
  onSend(input: ComposerSend): void | Promise<void>;
  onTyping?(typing: boolean): void;
  disabled?: boolean;
  notice?: string | null;
  guestToken?: string | null;
  agent?: AgentOptions;
  inputRef?: RefObject<HTMLTextAreaElement | null>;
  compact?: boolean;
};

/** Write, attach, pick emoji; Enter sends, Shift+Enter breaks the line. Agents also get notes and `/shortcut` replies. */
export function Composer(props: Props) {
  const t = useTranslations("chat.composer");
  const id = useId();
  const [text, setText] = useDraft(props.draftKey);
  const [noteChosen, setNote] = useState(false);
  const [active, setActive] = useState(0);
  const [dragging, setDragging] = useState(false);
  const localArea = useRef<HTMLTextAreaElement | null>(null);
  const area = props.inputRef ?? localArea;
  const fileInput = useRef<HTMLInputElement>(null);
  const { uploads, add, remove, clear, ready, busy } = useUploads(props.guestToken);
  const { agent } = props;
  // Someone who may not reply publicly (not the assignee) writes notes.
  const note = agent ? noteChosen || !agent.canReply : false;

  const slash = /^\/([\w-]*)$/.exec(text.trim())?.[1];
  const cannedOptions = useMemo(() => {
    if (!agent || slash === undefined) return null;
    const q = slash.toLowerCase();
    return agent.canned
      .filter((c) => c.shortcut.startsWith(q) || c.title.toLowerCase().includes(q))
      .sort((a, b) => byLanguage(agent.preferredLocale)(a.locale, b.locale))
      .slice(0, 8);
  }, [agent, slash]);

  function setValue(next: string) {
    setText(next);
    if (!note) props.onTyping?.(next.length > 0);
    setActive(0);
  }

  function pickCanned(option: CannedOption) {
    setValue(agent ? fillPlaceholders(option.body, agent.vars) : option.body);
    requestAnimationFrame(() => area.current?.focus());
  }

  function insert(snippet: string) {
    const el = area.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    setValue(text.slice(0, start) + snippet + text.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + snippet.length, start + snippet.length);
    });
  }

  const canSend =
    !props.disabled &&
    !busy &&
    (text.trim().length > 0 || ready.length > 0) &&
    !(note === false && agent && !agent.canReply);

  async function send() {
    if (!canSend) return;
    const input = { body: text.trim(), attachments: ready, internal: note };
    setValue("");
    clear();
    props.onTyping?.(false);
    await props.onSend(input);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return; // IME (pinyin) is choosing characters
    if (cannedOptions?.length) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActive((i) => (i + step + cannedOptions.length) % cannedOptions.length);
        return;
      }
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        pickCanned(cannedOptions[active] ?? cannedOptions[0]);
        return;
      }
      if (event.key === "Escape") return setValue("");
    }
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      void send();
    }
  }

  const rows = Math.min(8, Math.max(props.compact ? 1 : 2, text.split("\n").length));
  return (
    <div
      className={`relative border-t bg-white p-2.5 sm:p-3 ${note ? "border-amber-300 bg-amber-50/60" : "border-slate-200"} ${dragging ? "ring-2 ring-brand-400 ring-inset" : ""}`}
      onDragOver={(event) => {
        if (props.disabled) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        if (!props.disabled) add(event.dataTransfer.files);
      }}
    >
      {agent ? (
        <div className="mb-2 flex items-center gap-1 text-sm">
          <Segmented
            label={t("mode")}
            value={note ? "note" : "reply"}
            onChange={(mode) => setNote(mode === "note")}
            className="flex items-center gap-1"
            itemClassName="inline-flex items-center gap-1 rounded-md px-3 py-1 font-medium whitespace-nowrap disabled:cursor-not-allowed disabled:opacity-50"
            options={[
              {
                value: "reply",
                label: t("reply"),
                disabled: !agent.canReply,
                title: agent.canReply ? undefined : t("replyNotAllowed"),
                on: "bg-slate-900 text-white",
                off: "text-slate-600 hover:bg-slate-100",
              },
              {
                value: "note",
                label: (
                  <>
                    <Lock aria-hidden className="size-3.5" />
                    {t("note")}
                  </>
                ),
                on: "bg-amber-700 text-white",
                off: "text-slate-600 hover:bg-slate-100",
              },
            ]}
          />
          <span className="ml-auto hidden text-xs text-slate-500 sm:block">{t("cannedHint")}</span>
        </div>
      ) : null}
      {cannedOptions ? <CannedMenu options={cannedOptions} active={active} onPick={pickCanned} /> : null}
      {props.notice ? (
        <p className="mb-2 rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-600">{props.notice}</p>
      ) : null}
      {uploads.length ? (
        <ul className="mb-2 flex flex-wrap gap-2" aria-label={t("attachments")}>
          {uploads.map((upload) => (
            <li
              key={upload.key}
              className={`flex max-w-60 items-center gap-2 rounded-lg border px-2.5 py-1.5 text-xs ${upload.error ? "border-red-200 bg-red-50 text-red-700" : "border-slate-200 bg-slate-50 text-slate-700"}`}
            >
              {!upload.attachment && !upload.error ? <Loader2 aria-hidden className="size-3.5 animate-spin" /> : null}
              <span className="truncate" title={upload.error ?? upload.name}>
                {upload.error ? `${upload.name}: ${upload.error}` : upload.name}
              </span>
              {!upload.attachment && !upload.error ? (
                <span className="tabular-nums">{Math.round(upload.progress * 100)}%</span>
              ) : null}
              <button
                type="button"
                onClick={() => remove(upload.key)}
                aria-label={t("removeFile", { name: upload.name })}
                className="text-slate-500 hover:text-slate-700"
              >
                <X aria-hidden className="size-3.5" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex items-end gap-1.5">
        <label htmlFor={id} className="sr-only">
          {note ? t("notePlaceholder") : t("placeholder")}
        </label>
        <textarea
          id={id}
          ref={area}
          value={text}
          rows={rows}
          disabled={props.disabled}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={(event) => {
            const files = [...event.clipboardData.files];
            if (files.length) {
              event.preventDefault();
              add(files);
            }
          }}
          onBlur={() => props.onTyping?.(false)}
          placeholder={note ? t("notePlaceholder") : t("placeholder")}
          maxLength={5000}
          aria-controls={cannedOptions ? "canned-listbox" : undefined}
          aria-activedescendant={cannedOptions?.[active] ? `canned-${cannedOptions[active].id}` : undefined}
          className="max-h-48 min-h-10 flex-1 resize-none rounded-xl border border-slate-300 bg-white px-3 py-2 text-[0.9375rem] leading-6 text-slate-900 placeholder:text-slate-500 focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none disabled:bg-slate-100"
          data-testid="composer-input"
        />
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPTED_TYPES}
          multiple
          hidden
          onChange={(event) => event.target.files && add(event.target.files)}
          data-testid="composer-file"
        />
        <div className="flex items-center">
          <button
            type="button"
            onClick={() => fileInput.current?.click()}
            disabled={props.disabled}
            aria-label={t("attach")}
            title={t("attach")}
            className="inline-flex size-9 items-center justify-center rounded-lg text-slate-500 hover:bg-slate-100 hover:text-slate-800 disabled:opacity-50"
          >
            <Paperclip aria-hidden className="size-5" />
          </button>
          <EmojiPicker onPick={insert} disabled={props.disabled} />
          <button
            type="button"
            onClick={() => void send()}
            disabled={!canSend}
            aria-label={note ? t("addNote") : t("send")}
            title={note ? t("addNote") : t("send")}
            className={`ml-1 inline-flex size-10 items-center justify-center rounded-xl text-white shadow-sm transition disabled:cursor-not-allowed disabled:opacity-40 ${note ? "bg-amber-700 hover:bg-amber-800" : "bg-brand-700 hover:bg-brand-800"}`}
            data-testid="composer-send"
          >
            <SendHorizontal aria-hidden className="size-5" />
          </button>
        </div>
      </div>
      {!props.compact ? (
        <p className="mt-1.5 px-1 text-[0.6875rem] whitespace-nowrap text-slate-600" data-testid="composer-hint">
          {t("hint")}
        </p>
      ) : null}
    </div>
  );
}
