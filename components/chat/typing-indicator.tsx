"use client";

import { useTranslations } from "next-intl";

/** Three bouncing dots and who is typing; announced politely to screen readers. */
export function TypingIndicator({ name }: { name: string | null }) {
  const t = useTranslations("chat");
  return (
    <div className="flex items-center gap-2 text-xs text-slate-500" data-testid="typing-indicator">
      <span className="inline-flex items-center gap-1 rounded-full bg-slate-200/80 px-3 py-2" aria-hidden>
        {[0, 150, 300].map((delay) => (
          <span
            key={delay}
            className="size-1.5 animate-bounce rounded-full bg-slate-500"
            style={{ animationDelay: `${delay}ms` }}
          />
        ))}
      </span>
      <span>{name ? t("typingNamed", { name }) : t("typing")}</span>
    </div>
  );
}
