"use client";

import { Smile } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useState } from "react";

export const EMOJI_TRIGGER =
  "inline-flex size-9 items-center justify-center rounded-lg text-slate-500 hover:bg-slate-100 hover:text-slate-800 disabled:opacity-50";

const load = () => import("./emoji-popover");
const EmojiPopover = lazy(load);

/**
 * A small grid of common emoji; picking one inserts it at the cursor. The popover (Radix) is loaded when the pointer
 * or focus reaches the button, and opens on its first click: the widget's first download stays small.
 */
export function EmojiPicker({ onPick, disabled }: { onPick(emoji: string): void; disabled?: boolean }) {
  const t = useTranslations("chat.composer");
  const [used, setUsed] = useState(false);
  const plain = (
    <button
      type="button"
      disabled={disabled}
      aria-label={t("emoji")}
      title={t("emoji")}
      aria-haspopup="dialog"
      aria-expanded={false}
      onPointerEnter={() => void load()}
      onFocus={() => void load()}
      onClick={() => setUsed(true)}
      className={EMOJI_TRIGGER}
    >
      <Smile aria-hidden className="size-5" />
    </button>
  );
  if (!used) return plain;
  return (
    <Suspense fallback={plain}>
      <EmojiPopover onPick={onPick} disabled={disabled} />
    </Suspense>
  );
}
