"use client";

import { Keyboard } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";

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

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key === "?" && !["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) && !target.isContentEditable)
        setOpen(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger
        aria-label={t("title")}
        title={t("title")}
        className="inline-flex size-9 items-center justify-center rounded-lg text-slate-500 ring-1 ring-slate-300 hover:bg-slate-50"
      >
        <Keyboard aria-hidden className="size-4" />
      </DialogTrigger>
      <DialogContent
        title={t("title")}
        closeLabel={t("dismiss")}
        aria-describedby={undefined}
        className="w-[min(24rem,calc(100vw-2rem))]"
      >
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
      </DialogContent>
    </Dialog>
  );
}
