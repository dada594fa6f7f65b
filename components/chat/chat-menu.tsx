"use client";

import { MoreVertical } from "lucide-react";
import { lazy, Suspense, useState } from "react";

export type ChatMenuItems = { human?: () => void; download?: () => void; end?: () => void };
export type ChatMenuProps = { label: string; items: ChatMenuItems };

export const MENU_TRIGGER = "rounded-lg p-1.5 text-slate-300 hover:bg-white/10 hover:text-white";

const load = () => import("./chat-menu-content");
const ChatMenuContent = lazy(load);

/**
 * The chat's ⋮ menu. The Radix menu is loaded when the pointer or focus reaches the button and opens on its first
 * press, so the widget's first download does not carry it.
 */
export function ChatMenu(props: ChatMenuProps) {
  const [used, setUsed] = useState(false);
  const plain = (
    <button
      type="button"
      aria-label={props.label}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={() => void load()}
      onFocus={() => void load()}
      onClick={() => setUsed(true)}
      className={MENU_TRIGGER}
      data-testid="chat-menu"
    >
      <MoreVertical aria-hidden className="size-5" />
    </button>
  );
  if (!used) return plain;
  return (
    <Suspense fallback={plain}>
      <ChatMenuContent {...props} />
    </Suspense>
  );
}
