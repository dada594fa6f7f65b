"use client";

import * as MenuPrimitive from "@radix-ui/react-dropdown-menu";
import type { ComponentProps } from "react";

/**
 * A menu of actions behind a button (Radix DropdownMenu): arrow keys move between items, typing jumps to one, Escape
 * or an outside click closes it and focus returns to the button.
 */
export const DropdownMenu = MenuPrimitive.Root;
export const DropdownMenuTrigger = MenuPrimitive.Trigger;

export function DropdownMenuContent({
  className = "",
  sideOffset = 6,
  collisionPadding = 8,
  align = "end",
  ...props
}: ComponentProps<typeof MenuPrimitive.Content>) {
  return (
    <MenuPrimitive.Portal>
      <MenuPrimitive.Content
        sideOffset={sideOffset}
        collisionPadding={collisionPadding}
        align={align}
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
