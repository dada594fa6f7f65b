"use client";

import { Smile } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { arrowFocus } from "@/components/ui/arrow-focus";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { EMOJI_TRIGGER } from "./emoji-picker";

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

/** The emoji grid in a Radix popover, open when first shown (it is loaded on the first click of the trigger). */
export default function EmojiPopover({ onPick, disabled }: { onPick(emoji: string): void; disabled?: boolean }) {
  const t = useTranslations("chat.composer");
  const [open, setOpen] = useState(true);
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger
        type="button"
        disabled={disabled}
        aria-label={t("emoji")}
        title={t("emoji")}
        className={EMOJI_TRIGGER}
      >
        <Smile aria-hidden className="size-5" />
      </PopoverTrigger>
      <PopoverContent
        side="top"
        align="start"
        aria-label={t("emoji")}
        className="grid w-64 grid-cols-6 gap-1 p-2"
        onKeyDown={(event) => arrowFocus(event, 6)}
        data-testid="emoji-picker"
      >
        {EMOJI.map((emoji) => (
          <button
            key={emoji}
            type="button"
            onClick={() => {
              onPick(emoji);
              setOpen(false);
            }}
            className="rounded-lg p-1 text-xl hover:bg-slate-100 focus:bg-slate-100 focus:outline-none"
          >
            {emoji}
          </button>
        ))}
      </PopoverContent>
    </Popover>
  );
}
