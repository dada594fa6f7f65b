"use client";

import { Bell, CheckCheck } from "lucide-react";
import Link from "next/link";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { toast } from "sonner";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { useApi } from "@/lib/client/hooks";
import { getSocket, on } from "@/lib/realtime/client";
import type { ServerEventPayload } from "@/lib/realtime/events";

type Item = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};

/** The bell in the header: unread count, the latest notifications, live through `notification.created`. */
export function NotificationBell({ tone = "light" }: { tone?: "light" | "dark" }) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const [items, setItems] = useState<Item[]>([]);
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);
  const api = useApi();

  const load = useCallback(async () => {
    const result = await api.request<{ notifications: Item[]; unread: number }>("/api/v1/notifications", {
      cache: "no-store",
    });
    if (!result.ok) return;
    setItems(result.notifications);
    setUnread(result.unread);
  }, [api]);

  useEffect(() => {
    const socket = getSocket();
    const created = (payload: ServerEventPayload<"notification.created">) => {
      setItems((list) =>
        list.some((x) => x.id === payload.id)
          ? list
          : [{ createdAt: new Date().toISOString(), readAt: null, ...payload }, ...list].slice(0, 20),
      );
      setUnread((n) => n + 1);
      toast(payload.title, { description: payload.body || undefined });
    };
    // Anything that arrived while disconnected.
    const offs = [on(socket, "notification.created", created), on(socket, "connect", () => void load())];
    const first = setTimeout(load, 0);
    return () => {
      clearTimeout(first);
      offs.forEach((off) => off());
    };
  }, [load]);

  async function markRead(ids?: string[]) {
    const result = await api.request<{ unread: number }>("/api/v1/notifications/read", { body: ids ? { ids } : {} });
    if (!result.ok) return;
    setUnread(result.unread);
    setItems((list) =>
      list.map((x) => (!ids || ids.includes(x.id) ? { ...x, readAt: x.readAt ?? new Date().toISOString() } : x)),
    );
  }

  const dark = tone === "dark";
  return (
    <Popover open={open} onOpenChange={(next) => (setOpen(next), next && load())}>
      <PopoverTrigger
        type="button"
        aria-label={t("open", { count: unread })}
        className={`relative inline-flex size-9 items-center justify-center rounded-lg ${dark ? "text-slate-200 hover:bg-slate-800" : "text-slate-600 hover:bg-slate-100"}`}
        data-testid="notification-bell"
      >
        <Bell aria-hidden className="size-5" />
        {unread ? (
          // The count is in the button's accessible name already; screen readers need not read it twice.
          <span
            aria-hidden
            className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-[11px] leading-5 font-semibold text-white"
            data-testid="notification-count"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </PopoverTrigger>
      <PopoverContent align="end" aria-label={t("title")} className="w-[min(24rem,calc(100vw-1rem))] overflow-hidden">
        <div className="flex items-center justify-between border-b border-slate-100 px-4 py-2.5">
          <h2 className="text-sm font-semibold">{t("title")}</h2>
          {unread ? (
            <button
              type="button"
              onClick={() => markRead()}
              className="inline-flex items-center gap-1 text-xs font-medium text-brand-700 hover:underline"
            >
              <CheckCheck aria-hidden className="size-3.5" />
              {t("markAllRead")}
            </button>
          ) : null}
        </div>
        <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto">
          {items.map((item) => (
            <li key={item.id} className={item.readAt ? "" : "bg-brand-50/50"}>
              <Link
                href={item.link ?? "#"}
                onClick={() => (setOpen(false), !item.readAt && markRead([item.id]))}
                className="block px-4 py-3 hover:bg-slate-50"
              >
                <span className="flex items-start gap-2">
                  {!item.readAt ? (
                    <span aria-hidden className="mt-1.5 size-2 shrink-0 rounded-full bg-brand-600" />
                  ) : null}
                  <span className="min-w-0 flex-1">
                    <span className="block text-sm font-medium">{item.title}</span>
                    {item.body ? (
                      <span className="mt-0.5 line-clamp-2 block text-xs text-slate-600">{item.body}</span>
                    ) : null}
                    <span className="mt-1 block text-[11px] text-slate-400" suppressHydrationWarning>
                      {format.relativeTime(new Date(item.createdAt), now)}
                    </span>
                  </span>
                </span>
              </Link>
            </li>
          ))}
          {!items.length ? <li className="px-4 py-8 text-center text-sm text-slate-500">{t("empty")}</li> : null}
        </ul>
      </PopoverContent>
    </Popover>
  );
}
