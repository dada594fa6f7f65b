"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";

/**
 * A modal dialog (Radix Dialog): focus moves in and stays in, Escape, the close button or a click outside closes it,
 * and focus returns to what opened it. The title names it; a `DialogDescription` inside describes it.
 */
export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogDescription = DialogPrimitive.Description;

export function DialogContent({
  title,
  closeLabel,
  className = "",
  children,
  ...props
}: ComponentProps<typeof DialogPrimitive.Content> & { title: ReactNode; closeLabel: string }) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-slate-900/40" />
      <DialogPrimitive.Content
        className={`fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-2xl bg-white text-slate-900 shadow-2xl outline-none ${className}`}
        {...props}
      >
        <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-5 py-3">
          <DialogPrimitive.Title className="font-semibold">{title}</DialogPrimitive.Title>
          <DialogPrimitive.Close aria-label={closeLabel} className="rounded-md p-1 text-slate-500 hover:bg-slate-100">
            <X aria-hidden className="size-5" />
          </DialogPrimitive.Close>
        </div>
        {children}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
