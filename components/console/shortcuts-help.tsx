"use client";

import { Keyboard, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

const SHORTCUTS = [
  ["Alt", "J"],
  ["Alt", "K"],
  ["Alt", "R"],
  ["Alt", "C"],
  ["/"],
  ["Enter"],
  ["Shift", "Enter"],
  ["?"],
] as const;
const KEYS = ["next", "previous", "focus", "close", "canned", "send", "newline", "help"] as const;

/** The console's keyboard shortcuts, listed; "?" (outside a text field) opens the list. */
export function ShortcutsHelp() {
  const t = useTranslations("consoleChat.shortcuts");
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key === "?" && !["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) && !target.isContentEditable)
        setOpen(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={t("title")}
        title={t("title")}
        className="inline-flex size-9 items-center justify-center rounded-lg text-slate-500 ring-1 ring-slate-300 hover:bg-slate-50"
      >
        <Keyboard aria-hidden className="size-4" />
      </button>
      <dialog
        ref={dialog}
        onClose={() => setOpen(false)}
        aria-labelledby="shortcuts-title"
        className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-2xl p-0 shadow-2xl backdrop:bg-slate-900/40"
      >
        <div className="flex items-center justify-between border-b border-slate-200 px-5 py-3">
          <h2 id="shortcuts-title" className="font-semibold">
            {t("title")}
          </h2>
          <button
            type="button"
            onClick={() => setOpen(false)}
            aria-label={t("dismiss")}
            className="rounded-md p-1 text-slate-500 hover:bg-slate-100"
          >
            <X aria-hidden className="size-5" />
          </button>
        </div>
        <dl className="space-y-2 px-5 py-4 text-sm">
          {SHORTCUTS.map((keys, index) => (
            <div key={KEYS[index]} className="flex items-center justify-between gap-4">
              <dt className="text-slate-700">{t(KEYS[index])}</dt>
              <dd className="flex gap-1">
                {keys.map((key) => (
                  <kbd
                    key={key}
                    className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-700 shadow-[0_1px_0_#cbd5e1]"
                  >
                    {key}
                  </kbd>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </dialog>
    </>
  );
}
