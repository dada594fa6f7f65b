"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/http/action";
import { useAction } from "../use-action";
import { AnnouncementForm, type AnnouncementFields, type SaveAnnouncement } from "./announcement-form";

type State = "live" | "scheduled" | "ended" | "off";
export type AnnouncementRow = AnnouncementFields & { id: string; state: State; startsAt: Date };

const BADGE: Record<State, string> = {
  live: "bg-emerald-100 text-emerald-800",
  scheduled: "bg-sky-100 text-sky-800",
  ended: "bg-slate-100 text-slate-600",
  off: "bg-slate-100 text-slate-600",
};

/** The announcements with their state and window; each opens into its form, or is deleted after a confirmation. */
export function AnnouncementList({ announcements, save, remove }: { announcements: AnnouncementRow[]; save: SaveAnnouncement; remove: (id: string) => Promise<ActionResult> }) {
  const t = useTranslations("adminAnnouncements");
  const format = useFormatter();
  const zh = useLocale() === "zh-CN";
  const [editing, setEditing] = useState<string | null>(null);
  const { pending, run } = useAction();
  if (announcements.length === 0) return <p className="px-4 py-6 text-sm text-slate-500">{t("empty")}</p>;

  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ul className="divide-y divide-slate-100">
      {announcements.map((a) => (
        <li key={a.id}>
          <div className="flex items-start justify-between gap-4 px-4 py-3">
            <div className="min-w-0">
              <p className="font-medium text-slate-900">
                <span className={`mr-2 rounded-full px-2 py-0.5 text-xs font-medium ${BADGE[a.state]}`}>{t(`state.${a.state}`)}</span>
                {(zh ? a.titleZh || a.titleEn : a.titleEn || a.titleZh)}
              </p>
              <p className="mt-1 text-xs text-slate-500">{a.endsAt ? t("window", { from: when(a.startsAt), to: when(a.endsAt) }) : t("from", { from: when(a.startsAt) })}</p>
            </div>
            <div className="flex shrink-0 gap-2">
              <Button size="sm" variant="secondary" aria-expanded={editing === a.id} onClick={() => setEditing(editing === a.id ? null : a.id)}>
                {editing === a.id ? t("cancel") : t("edit")}
              </Button>
              <Button size="sm" variant="ghost" disabled={pending} onClick={() => window.confirm(t("deleteConfirm")) && run(() => remove(a.id), () => toast.success(t("deleted")))}>
                {t("delete")}
              </Button>
            </div>
          </div>
          {editing === a.id ? (
            <div className="border-t border-slate-100 bg-slate-50/60">
              <AnnouncementForm id={a.id} initial={a} save={save} done={() => setEditing(null)} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
