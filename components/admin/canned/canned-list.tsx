"use client";

import { languageOf, localize } from "@/lib/i18n/locales";
import { useLocale, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/http/action";
import { EditableRow } from "../editable-row";
import type { TeamOption } from "../teams/team-checkboxes";
import { CannedForm, type CannedFields, type SaveCanned } from "./canned-form";

export type CannedRow = CannedFields & { id: string };

/** Saved replies by shortcut, each opening into its form. */
export function CannedList({
  replies,
  teams,
  save,
  remove,
}: {
  replies: CannedRow[];
  teams: TeamOption[];
  save: SaveCanned;
  remove: (id: string) => Promise<ActionResult>;
}) {
  const t = useTranslations("adminCanned");
  const locale = useLocale();
  if (replies.length === 0) return <p className="px-4 py-6 text-sm text-slate-500">{t("empty")}</p>;
  const teamName = (id: string | null) => {
    const team = teams.find((candidate) => candidate.id === id);
    return team ? localize(team.name, locale) : t("everyone");
  };

  return (
    <ul className="divide-y divide-slate-100">
      {replies.map((reply) => (
        <EditableRow
          key={reply.id}
          labels={{
            edit: t("edit"),
            cancel: t("cancel"),
            delete: t("delete"),
            deleteConfirm: t("deleteConfirm", { shortcut: reply.shortcut }),
            deleted: t("deleted"),
          }}
          remove={() => remove(reply.id)}
          form={(close) => <CannedForm id={reply.id} initial={reply} teams={teams} save={save} done={close} />}
          summary={
            <>
              <p className="text-sm">
                <code className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">
                  /{reply.shortcut}
                </code>
                <span className="mr-2 text-xs text-slate-500">{languageOf(reply.locale).label}</span>
                <span className="font-medium text-slate-900">{reply.title}</span>
              </p>
              <p className="mt-1 line-clamp-2 text-sm text-slate-600">{reply.body}</p>
              <p className="mt-1 text-xs text-slate-500">{teamName(reply.teamId)}</p>
            </>
          }
        />
      ))}
    </ul>
  );
}
