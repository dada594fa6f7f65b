"use client";

import * as MenuPrimitive from "@radix-ui/react-dropdown-menu";
import { createContext, useContext, useRef, type ComponentProps, type RefObject } from "react";

/** Whether the open menu was opened from the keyboard: then its first item takes the focus. */
const OpenedByKeyboard = createContext<RefObject<boolean> | null>(null);
const OPENING_KEYS = new Set(["Enter", " ", "ArrowDown"]); // the keys Radix opens a menu on

/**
 * A menu of actions behind a button (Radix DropdownMenu): arrow keys move between items, typing jumps to one, Escape
 * or an outside click closes it and focus returns to the button.
 */
export function DropdownMenu(props: ComponentProps<typeof MenuPrimitive.Root>) {
  const openedByKeyboardRef = useRef(false);
  return (
    <OpenedByKeyboard.Provider value={openedByKeyboardRef}>
      <MenuPrimitive.Root {...props} />
    </OpenedByKeyboard.Provider>
  );
}

export function DropdownMenuTrigger({
  onKeyDown,
  onPointerDown,
  ...props
}: ComponentProps<typeof MenuPrimitive.Trigger>) {
  const openedByKeyboardRef = useContext(OpenedByKeyboard);
  return (
    <MenuPrimitive.Trigger
      onKeyDown={(event) => {
        if (openedByKeyboardRef && OPENING_KEYS.has(event.key)) openedByKeyboardRef.current = true;
        onKeyDown?.(event);
      }}
      onPointerDown={(event) => {
        if (openedByKeyboardRef) openedByKeyboardRef.current = false;
        onPointerDown?.(event);
      }}
      {...props}
    />
  );
}

/**
 * Radix focuses the first item only while no pointer has moved since the key press, and Chromium sends a pointer move
 * of its own when the menu appears under a resting mouse: a keyboard user then landed on the menu, not on its first
 * item. The key that opened the menu decides here.
 */
export function DropdownMenuContent({
  className = "",
  sideOffset = 6,
  collisionPadding = 8,
  align = "end",
  onFocus,
  ...props
}: ComponentProps<typeof MenuPrimitive.Content>) {
  const openedByKeyboardRef = useContext(OpenedByKeyboard);
  return (
    <MenuPrimitive.Portal>
      <MenuPrimitive.Content
        sideOffset={sideOffset}
        collisionPadding={collisionPadding}
        align={align}
        onFocus={(event) => {
          onFocus?.(event);
          if (event.target !== event.currentTarget || !openedByKeyboardRef?.current) return;
          openedByKeyboardRef.current = false; // only the entry: later focus on the menu itself stays there
          event.currentTarget.querySelector<HTMLElement>('[role^="menuitem"]:not([data-disabled])')?.focus();
        }}
        className={`z-50 min-w-48 rounded-xl border border-slate-200 bg-white p-1 text-sm text-slate-800 shadow-xl outline-none ${className}`}
        {...props}
      />
    </MenuPrimitive.Portal>
  );
}

const TONE = {
  default: "text-slate-800 data-[highlighted]:bg-slate-100",
  danger: "text-red-700 data-[highlighted]:bg-red-50",
} as const;

export function DropdownMenuItem({
  className = "",
  tone = "default",
  ...props
}: ComponentProps<typeof MenuPrimitive.Item> & { tone?: keyof typeof TONE }) {
  return (
    <MenuPrimitive.Item
      className={`flex w-full cursor-default items-center gap-2 rounded-lg px-3 py-2 outline-none select-none data-[disabled]:opacity-50 ${TONE[tone]} ${className}`}
      {...props}
    />
  );
}

export function DropdownMenuLabel({ className = "", ...props }: ComponentProps<typeof MenuPrimitive.Label>) {
  return <MenuPrimitive.Label className={`px-3 py-2 text-xs text-slate-600 ${className}`} {...props} />;
}

export function DropdownMenuSeparator({ className = "", ...props }: ComponentProps<typeof MenuPrimitive.Separator>) {
  return <MenuPrimitive.Separator className={`my-1 h-px bg-slate-100 ${className}`} {...props} />;
}
