"use client";

import { MoreVertical } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { MENU_TRIGGER, type ChatMenuProps } from "./chat-menu";

/** The Radix menu behind the chat's ⋮ button, open when first shown; ending the chat asks once more. */
export default function ChatMenuContent({ label, items }: ChatMenuProps) {
  const t = useTranslations("chat");
  const tBot = useTranslations("bot");
  const [open, setOpen] = useState(true);
  const [confirming, setConfirming] = useState(false);
  return (
    <DropdownMenu open={open} onOpenChange={(next) => (setOpen(next), next || setConfirming(false))}>
      <DropdownMenuTrigger aria-label={label} className={MENU_TRIGGER} data-testid="chat-menu">
        <MoreVertical aria-hidden className="size-5" />
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-56">
        {confirming ? (
          <>
            <DropdownMenuLabel>{t("header.endConfirm")}</DropdownMenuLabel>
            <DropdownMenuItem tone="danger" onSelect={() => items.end?.()} data-testid="end-chat-confirm">
              {t("header.end")}
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={(event) => (event.preventDefault(), setConfirming(false))}>
              {t("header.keep")}
            </DropdownMenuItem>
          </>
        ) : (
          <>
            {items.human ? <DropdownMenuItem onSelect={items.human}>{tBot("quickHuman")}</DropdownMenuItem> : null}
            {items.download ? (
              <DropdownMenuItem onSelect={items.download}>{t("header.download")}</DropdownMenuItem>
            ) : null}
            {items.end ? (
              <DropdownMenuItem
                tone="danger"
                onSelect={(event) => (event.preventDefault(), setConfirming(true))}
                data-testid="end-chat"
              >
                {t("header.end")}
              </DropdownMenuItem>
            ) : null}
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
