"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useApi } from "@/lib/client/hooks";

type Outcome = { updated: string[]; failed: { ref: string; message: string }[] };

/** Bulk actions on the selected tickets: assign (to me or anyone), solve, close; failures are named one by one. */
export function BulkBar({
  selected,
  agents,
  meId,
  onDone,
}: {
  selected: string[];
  agents: { id: string; name: string }[];
  meId: string;
  onDone: () => void;
}) {
  const t = useTranslations("tickets.console");
  const api = useApi();
  const [assignee, setAssignee] = useState(meId);
  const [pending, startTransition] = useTransition();

  function run(body: object) {
    startTransition(async () => {
      const result = await api.request<Outcome>("/api/v1/tickets/bulk", { body: { ...body, tickets: selected } });
      if (!result.ok) return void toast.error(result.message);
      if (result.updated.length) toast.success(t("bulkDone", { count: result.updated.length }));
      for (const failure of result.failed) toast.error(t("bulkFailed", { ref: failure.ref, message: failure.message }));
      onDone();
    });
  }

  return (
    <div
      className="flex flex-wrap items-center gap-2 rounded-xl bg-slate-900 px-3 py-2 text-sm text-white"
      role="region"
      aria-label={t("selected", { count: selected.length })}
      data-testid="bulk-bar"
    >
      <span className="mr-2 font-medium">{t("selected", { count: selected.length })}</span>
      <label className="sr-only" htmlFor="bulk-assignee">
        {t("assignTo")}
      </label>
      <select
        id="bulk-assignee"
        value={assignee}
        onChange={(e) => setAssignee(e.target.value)}
        className="h-8 rounded-md border border-slate-600 bg-slate-800 px-2 text-sm"
      >
        <option value={meId}>{t("assignMe")}</option>
        <option value="">{t("unassigned")}</option>
        {agents
          .filter((a) => a.id !== meId)
          .map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.name}
            </option>
          ))}
      </select>
      <Button
        type="button"
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() => run({ action: "assign", assigneeId: assignee || null })}
      >
        {t("bulkAssign")}
      </Button>
      <span className="mx-1 h-5 w-px bg-slate-700" aria-hidden />
      <Button type="button" size="sm" variant="secondary" disabled={pending} onClick={() => run({ action: "solve" })}>
        {t("bulkSolve")}
      </Button>
      <Button type="button" size="sm" variant="danger" disabled={pending} onClick={() => run({ action: "close" })}>
        {t("bulkClose")}
      </Button>
    </div>
  );
}
