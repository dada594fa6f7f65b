"use client";

import { Smile } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

const EMOJI = [
  "😀",
  "😊",
  "🙂",
  "😉",
  "😍",
  "🤔",
  "😅",
  "😢",
  "😮",
  "😡",
  "👍",
  "👎",
  "👌",
  "🙏",
  "👏",
  "💪",
  "🎉",
  "❤️",
  "🔥",
  "✅",
  "❌",
  "⚠️",
  "⏳",
  "💰",
  "📈",
  "📉",
  "🔒",
  "🔑",
  "📎",
  "🚀",
];

/** A small grid of common emoji; picking one inserts it at the cursor. Closes on Escape or outside click. */
export function EmojiPicker({ onPick, disabled }: { onPick(emoji: string): void; disabled?: boolean }) {
  const t = useTranslations("chat.composer");
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !box.current?.contains(event.target as Node))
        setOpen(false);
    };
    document.addEventListener("keydown", close);
    document.addEventListener("mousedown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("mousedown", close);
    };
  }, [open]);
  return (
    <div className="relative" ref={box}>
      <button
        type="button"
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-label={t("emoji")}
        title={t("emoji")}
        className="inline-flex size-9 items-center justify-center rounded-lg text-slate-500 hover:bg-slate-100 hover:text-slate-800 disabled:opacity-50"
      >
        <Smile aria-hidden className="size-5" />
      </button>
      {open ? (
        <div
          role="dialog"
          aria-label={t("emoji")}
          className="absolute bottom-11 left-0 z-20 grid w-64 grid-cols-6 gap-1 rounded-xl border border-slate-200 bg-white p-2 shadow-xl"
        >
          {EMOJI.map((emoji) => (
            <button
              key={emoji}
              type="button"
              onClick={() => {
                onPick(emoji);
                setOpen(false);
              }}
              className="rounded-lg p-1 text-xl hover:bg-slate-100"
            >
              {emoji}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
