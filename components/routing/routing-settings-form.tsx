"use client";

import { localize, type LocalizedText } from "@/lib/i18n/locales";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { RoutingSettingsInput } from "@/lib/contracts/routing";
import { Checkbox } from "@/components/ui/field";

type View = RoutingSettingsInput & {
  teams: { id: string; name: LocalizedText }[];
  topicNames: Record<string, LocalizedText>;
  agentNames: Record<string, { name: string; status: string; activeChats: number }>;
};
type Result = { ok: true } | { ok: false; message: string; fields?: Record<string, string> };
type Threshold = Exclude<keyof RoutingSettingsInput["thresholds"], "autoAssign">;

const input =
  "h-9 rounded-lg border border-slate-300 bg-white px-2 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none";
const PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
const THRESHOLDS: Threshold[] = [
  "widenAfterSeconds",
  "longerThanUsualSeconds",
  "overflowSeconds",
  "agingPointsPerMinute",
  "vipPoints",
  "botMinScore",
];

/** Topics (team, base priority, keywords), agents' capacity and the queue's thresholds, saved together. */
export function RoutingSettingsForm({
  initial,
  save,
}: {
  initial: View;
  save: (input: RoutingSettingsInput) => Promise<Result>;
}) {
  const t = useTranslations("routing");
  const p = useTranslations("priority");
  const locale = useLocale();
  const [form, setForm] = useState<RoutingSettingsInput>({
    topics: initial.topics,
    agents: initial.agents,
    ticketTeams: initial.ticketTeams,
    thresholds: initial.thresholds,
  });
  const [keywordText, setKeywordText] = useState(() => initial.topics.map((topic) => topic.keywords.join(", ")));
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  function setAgent(index: number, change: Partial<RoutingSettingsInput["agents"][number]>) {
    setForm({ ...form, agents: form.agents.map((a, i) => (i === index ? { ...a, ...change } : a)) });
  }

  function submit() {
    const topics = form.topics.map((topic, i) => ({
      ...topic,
      keywords: keywordText[i]
        .split(/[,，]/)
        .map((k) => k.trim())
        .filter(Boolean),
    }));
    startTransition(async () => {
      const result = await save({ ...form, topics });
      if (!result.ok) {
        setFields(result.fields ?? {});
        return void toast.error(result.message);
      }
      setFields({});
      toast.success(t("saved"));
    });
  }
  const setTopic = (index: number, patch: Partial<RoutingSettingsInput["topics"][number]>) =>
    setForm({ ...form, topics: form.topics.map((topic, i) => (i === index ? { ...topic, ...patch } : topic)) });

  return (
    <form className="space-y-6" onSubmit={(e) => (e.preventDefault(), submit())}>
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("topicsTitle")}</h2>
        <ul className="divide-y divide-slate-100">
          {form.topics.map((topic, index) => {
            const label = localize(initial.topicNames[topic.id], locale);
            return (
              <li key={topic.id} className="grid gap-2 px-4 py-3 sm:grid-cols-[12rem_1fr_9rem]">
                <span className="font-medium">{label}</span>
                <select
                  className={input}
                  aria-label={`${label} — ${t("topicTeam")}`}
                  value={topic.teamId}
                  onChange={(e) => setTopic(index, { teamId: e.target.value })}
                >
                  {initial.teams.map((team) => (
                    <option key={team.id} value={team.id}>
                      {localize(team.name, locale)}
                    </option>
                  ))}
                </select>
                <select
                  className={input}
                  aria-label={`${label} — ${t("topicPriority")}`}
                  value={topic.basePriority}
                  onChange={(e) => setTopic(index, { basePriority: e.target.value as (typeof PRIORITIES)[number] })}
                >
                  {PRIORITIES.map((priority) => (
                    <option key={priority} value={priority}>
                      {p(priority)}
                    </option>
                  ))}
                </select>
                <label className="text-xs text-slate-500 sm:col-span-3">
                  {t("topicKeywords")}
                  <input
                    className={`${input} mt-1 w-full`}
                    value={keywordText[index]}
                    onChange={(e) => setKeywordText(keywordText.map((k, i) => (i === index ? e.target.value : k)))}
                  />
                </label>
              </li>
            );
          })}
        </ul>
      </Card>

      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("agentsTitle")}</h2>
        <ul className="divide-y divide-slate-100">
          {form.agents.map((agent, index) => {
            const who = initial.agentNames[agent.userId];
            return (
              <li key={agent.userId} className="flex items-center justify-between gap-4 px-4 py-2">
                <span className="shrink-0">{who.name}</span>
                <span className="flex flex-wrap justify-end gap-3">
                  <CapacityInput
                    label={t("agentChatCapacity")}
                    name={who.name}
                    max={50}
                    value={agent.maxConcurrentChats}
                    onChange={(value) => setAgent(index, { maxConcurrentChats: value })}
                  />
                  <CapacityInput
                    label={t("agentTicketCapacity")}
                    name={who.name}
                    max={500}
                    value={agent.maxOpenTickets ?? 10}
                    onChange={(value) => setAgent(index, { maxOpenTickets: value })}
                  />
                </span>
              </li>
            );
          })}
        </ul>
      </Card>

      <Card className="space-y-3 p-4">
        <h2 className="font-semibold">{t("ticketsTitle")}</h2>
        <p className="text-sm text-slate-600">{t("ticketsIntro")}</p>
        {(form.ticketTeams ?? []).map((team, index) => {
          const name = localize(initial.teams.find((x) => x.id === team.id)?.name, locale);
          return (
            <label key={team.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={team.autoAssignTickets}
                onChange={(e) =>
                  setForm({
                    ...form,
                    ticketTeams: form.ticketTeams?.map((x, i) =>
                      i === index ? { ...x, autoAssignTickets: e.target.checked } : x,
                    ),
                  })
                }
              />
              {t("ticketsTeam", { team: name })}
            </label>
          );
        })}
      </Card>

      <Card className="space-y-3 p-4">
        <h2 className="font-semibold">{t("thresholdsTitle")}</h2>
        <Checkbox
          label={t("autoAssign")}
          checked={form.thresholds.autoAssign}
          onChange={(checked) => setForm({ ...form, thresholds: { ...form.thresholds, autoAssign: checked } })}
        />
        {THRESHOLDS.map((key) => (
          <label key={key} className="flex items-center justify-between gap-4 text-sm">
            <span>{t(key)}</span>
            <span>
              <input
                type="number"
                step={key === "botMinScore" ? 0.1 : 1}
                className={`${input} w-28`}
                value={form.thresholds[key]}
                aria-invalid={fields[`thresholds.${key}`] ? true : undefined}
                onChange={(e) =>
                  setForm({ ...form, thresholds: { ...form.thresholds, [key]: Number(e.target.value) } })
                }
              />
              {fields[`thresholds.${key}`] ? (
                <span className="mt-1 block text-xs text-red-600">{fields[`thresholds.${key}`]}</span>
              ) : null}
            </span>
          </label>
        ))}
      </Card>

      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}

function CapacityInput(props: {
  label: string;
  name: string;
  max: number;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <label className="flex items-center gap-2 text-xs text-slate-500">
      {props.label}
      <input
        type="number"
        min={0}
        max={props.max}
        className={`${input} w-20`}
        aria-label={`${props.name} — ${props.label}`}
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value))}
      />
    </label>
  );
}
