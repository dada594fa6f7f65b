"use client";

import * as PopoverPrimitive from "@radix-ui/react-popover";
import type { ComponentProps } from "react";

/**
 * A panel anchored to a button (Radix Popover): opens from the trigger, closes on Escape or an outside click, and
 * gives focus back to the trigger. Content is portalled, so no parent's overflow clips it.
 */
export const Popover = PopoverPrimitive.Root;
export const PopoverTrigger = PopoverPrimitive.Trigger;
export const PopoverClose = PopoverPrimitive.Close;

export function PopoverContent({
  className = "",
  sideOffset = 8,
  collisionPadding = 8,
  ...props
}: ComponentProps<typeof PopoverPrimitive.Content>) {
  return (
    <PopoverPrimitive.Portal>
      <PopoverPrimitive.Content
        sideOffset={sideOffset}
        collisionPadding={collisionPadding}
        className={`z-50 rounded-xl border border-slate-200 bg-white text-slate-900 shadow-xl outline-none ${className}`}
        {...props}
      />
    </PopoverPrimitive.Portal>
  );
}
