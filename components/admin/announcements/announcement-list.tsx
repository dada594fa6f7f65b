"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/http/action";
import { localize } from "@/lib/i18n/locales";
import { EditableRow } from "../editable-row";
import { AnnouncementForm, type AnnouncementFields, type SaveAnnouncement } from "./announcement-form";

type State = "live" | "scheduled" | "ended" | "off";
export type AnnouncementRow = AnnouncementFields & { id: string; state: State; startsAt: Date };

const BADGE: Record<State, string> = {
  live: "bg-emerald-100 text-emerald-800",
  scheduled: "bg-sky-100 text-sky-800",
  ended: "bg-slate-100 text-slate-600",
  off: "bg-slate-100 text-slate-600",
};

/** The announcements with their state and window, each opening into its form. */
export function AnnouncementList({
  announcements,
  save,
  remove,
}: {
  announcements: AnnouncementRow[];
  save: SaveAnnouncement;
  remove: (id: string) => Promise<ActionResult>;
}) {
  const t = useTranslations("adminAnnouncements");
  const format = useFormatter();
  const locale = useLocale();
  if (announcements.length === 0) return <p className="px-4 py-6 text-sm text-slate-500">{t("empty")}</p>;

  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ul className="divide-y divide-slate-100">
      {announcements.map((a) => (
        <EditableRow
          key={a.id}
          labels={{
            edit: t("edit"),
            cancel: t("cancel"),
            delete: t("delete"),
            deleteConfirm: t("deleteConfirm"),
            deleted: t("deleted"),
          }}
          remove={() => remove(a.id)}
          form={(close) => <AnnouncementForm id={a.id} initial={a} save={save} done={close} />}
          summary={
            <>
              <p className="font-medium text-slate-900">
                <span className={`mr-2 rounded-full px-2 py-0.5 text-xs font-medium ${BADGE[a.state]}`}>
                  {t(`state.${a.state}`)}
                </span>
                {localize(a.title, locale)}
              </p>
              <p className="mt-1 text-xs text-slate-500">
                {a.endsAt
                  ? t("window", { from: when(a.startsAt), to: when(a.endsAt) })
                  : t("from", { from: when(a.startsAt) })}
              </p>
            </>
          }
        />
      ))}
    </ul>
  );
}
