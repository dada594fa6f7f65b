"use client";

import { RotateCcw } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useApi } from "@/lib/client/hooks";
import { RevisionDiff } from "./revision-diff";

export type RevisionItem = {
  id: string;
  locale: string;
  title: string;
  body: string;
  createdAt: string;
  author: string | null;
};

/** Revisions newest first; the selected one shows what its save changed (against the previous one of its language). */
export function RevisionHistory({
  articleId,
  revisions,
  current,
  canRestore,
}: {
  articleId: string;
  revisions: RevisionItem[];
  current: Record<string, { title: string; body: string } | undefined>;
  canRestore: boolean;
}) {
  const t = useTranslations("kbAdmin.history");
  const format = useFormatter();
  const router = useRouter();
  const api = useApi();
  const [selectedId, setSelectedId] = useState(revisions[0]?.id);
  const [pending, setPending] = useState(false);
  const selected = revisions.find((r) => r.id === selectedId) ?? revisions[0];
  if (!selected) return <p className="text-slate-600">{t("empty")}</p>;
  const index = revisions.indexOf(selected);
  const previous = revisions.slice(index + 1).find((r) => r.locale === selected.locale);
  const live = current[selected.locale];
  const isCurrent = live?.title === selected.title && live?.body === selected.body;
  const labels = { added: t("added"), removed: t("removed") };

  async function restore() {
    setPending(true);
    const result = await api.request<{ restored: boolean }>(
      `/api/v1/kb/articles/${articleId}/revisions/${selected.id}/restore`,
      { body: {} },
    );
    setPending(false);
    if (!result.ok) return void toast.error(result.message);
    toast.success(t("restored"));
    router.refresh();
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
      <ol aria-label={t("list")} className="space-y-1">
        {revisions.map((revision) => (
          <li key={revision.id}>
            <button
              type="button"
              onClick={() => setSelectedId(revision.id)}
              aria-current={revision.id === selected.id ? "true" : undefined}
              className={`w-full rounded-lg border px-3 py-2 text-left text-sm ${revision.id === selected.id ? "border-brand-300 bg-brand-50" : "border-transparent hover:bg-slate-100"}`}
            >
              <span className="flex items-center gap-2">
                <span className="rounded bg-slate-200 px-1.5 font-mono text-xs text-slate-700">{revision.locale}</span>
                <span className="text-slate-900">
                  {format.dateTime(new Date(revision.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                </span>
              </span>
              <span className="mt-0.5 block truncate text-slate-600">
                {revision.author ?? t("unknownAuthor")} · {revision.title}
              </span>
            </button>
          </li>
        ))}
      </ol>
      <section
        aria-labelledby="revision-heading"
        className="min-w-0 space-y-4 rounded-2xl border border-slate-200 bg-slate-50 p-4"
      >
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="revision-heading" className="font-semibold text-slate-900">
            {previous ? t("changes") : t("firstVersion")}
          </h2>
          {isCurrent ? (
            <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200">
              {t("current")}
            </span>
          ) : null}
          {canRestore && !isCurrent ? (
            <Button
              type="button"
              size="sm"
              variant="secondary"
              className="ml-auto"
              disabled={pending}
              onClick={restore}
            >
              <RotateCcw aria-hidden className="size-4" />
              {t("restore")}
            </Button>
          ) : null}
        </div>
        <div className="space-y-1">
          <p className="text-xs font-medium tracking-wide text-slate-600 uppercase">{t("titleLabel")}</p>
          <RevisionDiff before={previous?.title ?? ""} after={selected.title} words labels={labels} />
        </div>
        <div className="space-y-1">
          <p className="text-xs font-medium tracking-wide text-slate-600 uppercase">{t("body")}</p>
          <RevisionDiff before={previous?.body ?? ""} after={selected.body} labels={labels} />
        </div>
      </section>
    </div>
  );
}
