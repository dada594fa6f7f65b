"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/http/action";
import type { TeamOption } from "../teams/team-checkboxes";
import { useAction } from "../use-action";
import { CannedForm, type CannedFields, type SaveCanned } from "./canned-form";

export type CannedRow = CannedFields & { id: string };

/** Saved replies by shortcut; each opens into its form, or is deleted after a confirmation. */
export function CannedList({ replies, teams, save, remove }: { replies: CannedRow[]; teams: TeamOption[]; save: SaveCanned; remove: (id: string) => Promise<ActionResult> }) {
  const t = useTranslations("adminCanned");
  const zh = useLocale() === "zh-CN";
  const [editing, setEditing] = useState<string | null>(null);
  const { pending, run } = useAction();
  if (replies.length === 0) return <p className="px-4 py-6 text-sm text-slate-500">{t("empty")}</p>;
  const teamName = (id: string | null) => {
    const team = teams.find((candidate) => candidate.id === id);
    return team ? (zh ? team.nameZh : team.nameEn) : t("everyone");
  };

  return (
    <ul className="divide-y divide-slate-100">
      {replies.map((reply) => (
        <li key={reply.id}>
          <div className="flex items-start justify-between gap-4 px-4 py-3">
            <div className="min-w-0">
              <p className="text-sm">
                <code className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">/{reply.shortcut}</code>
                <span className="mr-2 text-xs text-slate-500">{reply.locale === "en" ? "English" : "中文"}</span>
                <span className="font-medium text-slate-900">{reply.title}</span>
              </p>
              <p className="mt-1 line-clamp-2 text-sm text-slate-600">{reply.body}</p>
              <p className="mt-1 text-xs text-slate-500">{teamName(reply.teamId)}</p>
            </div>
            <div className="flex shrink-0 gap-2">
              <Button size="sm" variant="secondary" aria-expanded={editing === reply.id} onClick={() => setEditing(editing === reply.id ? null : reply.id)}>
                {editing === reply.id ? t("cancel") : t("edit")}
              </Button>
              <Button size="sm" variant="ghost" disabled={pending} onClick={() => window.confirm(t("deleteConfirm", { shortcut: reply.shortcut })) && run(() => remove(reply.id), () => toast.success(t("deleted")))}>
                {t("delete")}
              </Button>
            </div>
          </div>
          {editing === reply.id ? (
            <div className="border-t border-slate-100 bg-slate-50/60">
              <CannedForm id={reply.id} initial={reply} teams={teams} save={save} done={() => setEditing(null)} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
