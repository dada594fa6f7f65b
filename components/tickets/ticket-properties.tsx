"use client";

import { localize } from "@/lib/i18n/locales";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useApi } from "@/lib/client/hooks";
import {
  PRIORITIES,
  TICKET_STATUSES,
  type NamedRef,
  type TicketDetailDto,
  type UpdateTicketInput,
} from "@/lib/contracts/ticket";

const control =
  "h-9 w-full rounded-lg border border-slate-300 bg-white px-2 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none";

/** Status, priority, assignee, team and tags; only what changed is sent, and the thread records each change. */
export function TicketProperties({
  ticket,
  agents,
  teams,
  meId,
  onSaved,
}: {
  ticket: TicketDetailDto;
  agents: { id: string; name: string }[];
  teams: NamedRef[];
  meId: string;
  onSaved: () => Promise<void>;
}) {
  const t = useTranslations("tickets");
  const p = useTranslations("priority");
  const api = useApi();
  const locale = useLocale();
  // The parent remounts this form (key) when another agent's change arrives, so it always starts from the latest.
  const [form, setForm] = useState(() => ({
    status: ticket.status,
    priority: ticket.priority,
    assigneeId: ticket.assignee?.id ?? "",
    teamId: ticket.team?.id ?? "",
    tags: ticket.tags.join(", "),
  }));
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  const closed = ticket.status === "CLOSED";
  function save(extra: Partial<UpdateTicketInput> = {}) {
    const tags = form.tags
      .split(/[,，\s]+/)
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean);
    const changes: Partial<UpdateTicketInput> = {};
    if (form.status !== ticket.status) changes.status = form.status;
    if (form.priority !== ticket.priority) changes.priority = form.priority;
    if (form.assigneeId !== (ticket.assignee?.id ?? "")) changes.assigneeId = form.assigneeId || null;
    if (form.teamId !== (ticket.team?.id ?? "")) changes.teamId = form.teamId || null;
    if (tags.join(",") !== ticket.tags.join(",")) changes.tags = tags;
    Object.assign(changes, extra);
    if (!Object.keys(changes).length) return;
    startTransition(async () => {
      const result = await api.request(`/api/v1/tickets/${ticket.ref}`, { method: "PATCH", body: changes });
      if (!result.ok) {
        setFields(result.fields ?? {});
        return void toast.error(result.message);
      }
      setFields({});
      toast.success(t("agent.saved"));
      await onSaved();
    });
  }
  const field = (name: keyof typeof form, label: string, input: React.ReactNode) => (
    <div className="space-y-1">
      <label htmlFor={`prop-${name}`} className="text-xs font-medium text-slate-600">
        {label}
      </label>
      {input}
      {fields[name] ? <p className="text-xs text-red-600">{fields[name]}</p> : null}
    </div>
  );
  const set = (name: keyof typeof form) => (e: React.ChangeEvent<HTMLSelectElement | HTMLInputElement>) =>
    setForm({ ...form, [name]: e.target.value });

  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      data-testid="ticket-properties"
    >
      <fieldset disabled={closed || pending} className="space-y-3">
        {field(
          "status",
          t("agent.status"),
          <select
            id="prop-status"
            className={control}
            value={form.status}
            onChange={set("status")}
            data-testid="prop-status"
          >
            {TICKET_STATUSES.filter((s) => s !== "NEW" || ticket.status === "NEW").map((s) => (
              <option key={s} value={s}>
                {t(`agentStatus.${s}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          "priority",
          t("agent.priority"),
          <select id="prop-priority" className={control} value={form.priority} onChange={set("priority")}>
            {PRIORITIES.map((s) => (
              <option key={s} value={s}>
                {p(s)}
              </option>
            ))}
          </select>,
        )}
        {field(
          "assigneeId",
          t("agent.assignee"),
          <div className="flex gap-2">
            <select
              id="prop-assigneeId"
              className={control}
              value={form.assigneeId}
              onChange={set("assigneeId")}
              data-testid="prop-assignee"
            >
              <option value="">{t("agent.nobody")}</option>
              {agents.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            {ticket.assignee?.id !== meId ? (
              <Button
                type="button"
                size="sm"
                variant="secondary"
                className="h-9 shrink-0"
                onClick={() => save({ assigneeId: meId })}
              >
                {t("agent.takeIt")}
              </Button>
            ) : null}
          </div>,
        )}
        {field(
          "teamId",
          t("agent.team"),
          <select id="prop-teamId" className={control} value={form.teamId} onChange={set("teamId")}>
            <option value="">{t("agent.noTeam")}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {localize(team.name, locale)}
              </option>
            ))}
          </select>,
        )}
        {field(
          "tags",
          t("agent.tags"),
          <input
            id="prop-tags"
            className={control}
            value={form.tags}
            onChange={set("tags")}
            placeholder={t("agent.tagsHint")}
          />,
        )}
        <Button type="submit" className="w-full" disabled={pending} data-testid="save-properties">
          {pending ? t("agent.saving") : t("agent.save")}
        </Button>
      </fieldset>
    </form>
  );
}
