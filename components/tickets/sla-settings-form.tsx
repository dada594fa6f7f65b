"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { SlaSettingsInput } from "@/lib/contracts/sla";

type Settings = SlaSettingsInput & { businessHours: { timeZone: string; days: ([number, number] | null)[] } | null };
type Result = { ok: true } | { ok: false; message: string; fields?: Record<string, string> };

const OFFICE: NonNullable<Settings["businessHours"]> = {
  timeZone: "Asia/Shanghai",
  days: [null, [540, 1080], [540, 1080], [540, 1080], [540, 1080], [540, 1080], null],
};
const toTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const fromTime = (value: string) => {
  const [h, m] = value.split(":").map(Number);
  return Math.min(1440, (h || 0) * 60 + (m || 0));
};
const input =
  "h-9 rounded-lg border border-slate-300 bg-white px-2 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none";

/** Targets per priority, 24/7 or a weekly schedule, and the reopen window. */
export function SlaSettingsForm({ initial, save }: { initial: Settings; save: (input: Settings) => Promise<Result> }) {
  const t = useTranslations("adminTickets");
  const p = useTranslations("priority");
  const [form, setForm] = useState<Settings>(initial);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();
  const hours = form.businessHours;

  function submit() {
    startTransition(async () => {
      const result = await save(form);
      if (!result.ok) {
        setFields(result.fields ?? {});
        return void toast.error(result.message);
      }
      setFields({});
      toast.success(t("saved"));
    });
  }
  const setPolicy = (index: number, key: "firstResponseMinutes" | "resolutionMinutes", value: number) =>
    setForm({
      ...form,
      policies: form.policies.map((policy, i) => (i === index ? { ...policy, [key]: value } : policy)),
    });
  const setDay = (day: number, value: [number, number] | null) =>
    hours && setForm({ ...form, businessHours: { ...hours, days: hours.days.map((d, i) => (i === day ? value : d)) } });

  return (
    <form
      className="space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Card className="overflow-hidden">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2.5">
                {t("priority")}
              </th>
              <th scope="col" className="px-4 py-2.5">
                {t("firstResponse")}
              </th>
              <th scope="col" className="px-4 py-2.5">
                {t("resolution")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {form.policies.map((policy, index) => (
              <tr key={policy.priority}>
                <th scope="row" className="px-4 py-3 text-left font-medium">
                  {p(policy.priority)}
                </th>
                {(["firstResponseMinutes", "resolutionMinutes"] as const).map((key) => (
                  <td key={key} className="px-4 py-3">
                    <input
                      type="number"
                      min={1}
                      className={`${input} w-28`}
                      value={policy[key]}
                      onChange={(e) => setPolicy(index, key, Number(e.target.value))}
                      aria-label={`${p(policy.priority)} — ${t(key === "firstResponseMinutes" ? "firstResponse" : "resolution")}`}
                      aria-invalid={fields[`policies.${index}.${key}`] ? true : undefined}
                    />
                    {fields[`policies.${index}.${key}`] ? (
                      <p className="mt-1 text-xs text-red-600">{fields[`policies.${index}.${key}`]}</p>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      <Card className="space-y-4 p-5">
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-900">{t("businessHours")}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="hours"
              checked={!hours}
              onChange={() => setForm({ ...form, businessHours: null })}
              className="accent-brand-600"
            />
            {t("always")}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="hours"
              checked={Boolean(hours)}
              onChange={() => setForm({ ...form, businessHours: hours ?? OFFICE })}
              className="accent-brand-600"
            />
            {t("schedule")}
          </label>
        </fieldset>
        {hours ? (
          <div className="space-y-3 rounded-xl bg-slate-50 p-4">
            <label className="block space-y-1 text-sm">
              <span className="font-medium text-slate-700">{t("timeZone")}</span>
              <input
                className={`${input} w-64`}
                value={hours.timeZone}
                onChange={(e) => setForm({ ...form, businessHours: { ...hours, timeZone: e.target.value } })}
                aria-describedby="sla-time-zone-hint"
              />
              <span id="sla-time-zone-hint" className="block text-xs text-slate-600">
                {t("timeZoneHint")}
              </span>
              {fields["businessHours.timeZone"] ? (
                <span className="block text-xs text-red-600">{fields["businessHours.timeZone"]}</span>
              ) : null}
            </label>
            <ul className="space-y-2">
              {[1, 2, 3, 4, 5, 6, 0].map((day) => {
                const value = hours.days[day];
                return (
                  <li key={day} className="flex flex-wrap items-center gap-3 text-sm">
                    <label className="flex w-32 items-center gap-2">
                      <input
                        type="checkbox"
                        checked={Boolean(value)}
                        onChange={(e) => setDay(day, e.target.checked ? [540, 1080] : null)}
                        className="accent-brand-600"
                      />
                      {t(`day.${day}` as "day.0")}
                    </label>
                    {value ? (
                      <>
                        <input
                          type="time"
                          className={input}
                          value={toTime(value[0])}
                          onChange={(e) => setDay(day, [fromTime(e.target.value), value[1]])}
                          aria-label={`${t(`day.${day}` as "day.0")} ${t("from")}`}
                        />
                        <span aria-hidden>–</span>
                        <input
                          type="time"
                          className={input}
                          value={toTime(value[1])}
                          onChange={(e) => setDay(day, [value[0], fromTime(e.target.value)])}
                          aria-label={`${t(`day.${day}` as "day.0")} ${t("to")}`}
                        />
                      </>
                    ) : (
                      <span className="text-slate-500">{t("closed")}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
      </Card>

      <Card className="p-5">
        <label className="block space-y-1 text-sm">
          <span className="font-semibold text-slate-900">{t("reopenDays")}</span>
          <input
            type="number"
            min={0}
            max={365}
            className={`${input} block w-28`}
            value={form.reopenDays}
            onChange={(e) => setForm({ ...form, reopenDays: Number(e.target.value) })}
            data-testid="reopen-days"
          />
          <span className="block text-xs text-slate-500">{t("reopenDaysHint")}</span>
          {fields.reopenDays ? <span className="block text-xs text-red-600">{fields.reopenDays}</span> : null}
        </label>
      </Card>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
