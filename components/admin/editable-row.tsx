"use client";

import { useState, type ReactNode } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/http/action";
import { useAction } from "./use-action";

type Labels = { edit: string; cancel: string; delete: string; deleteConfirm: string; deleted: string };

/** A list item that opens into its edit form (which closes it when saved), and deletes after a confirmation. */
export function EditableRow({
  summary,
  form,
  remove,
  labels,
}: {
  summary: ReactNode;
  form: (close: () => void) => ReactNode;
  remove: () => Promise<ActionResult>;
  labels: Labels;
}) {
  const [editing, setEditing] = useState(false);
  const { pending, run } = useAction();
  return (
    <li>
      <div className="flex items-start justify-between gap-4 px-4 py-3">
        <div className="min-w-0">{summary}</div>
        <div className="flex shrink-0 gap-2">
          <Button size="sm" variant="secondary" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {editing ? labels.cancel : labels.edit}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            disabled={pending}
            onClick={() => window.confirm(labels.deleteConfirm) && run(remove, () => toast.success(labels.deleted))}
          >
            {labels.delete}
          </Button>
        </div>
      </div>
      {editing ? <div className="border-t border-slate-100 bg-slate-50/60">{form(() => setEditing(false))}</div> : null}
    </li>
  );
}
