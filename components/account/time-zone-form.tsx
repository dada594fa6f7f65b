"use client";

import { useTimeZone, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useApi } from "@/lib/client/hooks";

// The browser's own list (the server's may differ, so the server renders only the current zone: no hydration mismatch).
let browserZones: string[] | undefined;
const allZones = () => (browserZones ??= Intl.supportedValuesOf("timeZone"));
const noZones: string[] = [];
const subscribe = () => () => {};

/** The zone every time is shown in (POST /api/v1/me/time-zone); starts as the browser's, the user may pick another. */
export function TimeZoneForm() {
  const t = useTranslations("account");
  const current = useTimeZone() ?? "UTC";
  const router = useRouter();
  const api = useApi();
  const [zone, setZone] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const known = useSyncExternalStore(subscribe, allZones, () => noZones);
  const zones = [...new Set([current, "UTC", ...known])];

  function save() {
    startTransition(async () => {
      const result = await api.request("/api/v1/me/time-zone", { body: { timeZone: zone } });
      if (!result.ok) {
        setError(result.fields?.timeZone ?? result.message);
        return;
      }
      setError(null);
      toast.success(t("timeZoneSaved", { zone }));
      router.refresh();
    });
  }

  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label className="block min-w-0 flex-1 text-sm">
        <span className="font-medium text-slate-700">{t("timeZoneLabel")}</span>
        <select
          value={zone}
          onChange={(event) => setZone(event.target.value)}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          data-testid="time-zone-select"
          aria-describedby={error ? "time-zone-error" : undefined}
        >
          {zones.map((name) => (
            <option key={name} value={name}>
              {name.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" disabled={pending || zone === current} data-testid="time-zone-save">
        {t("timeZoneSave")}
      </Button>
      {error ? (
        <p id="time-zone-error" role="alert" className="w-full text-sm text-red-600">
          {error}
        </p>
      ) : null}
    </form>
  );
}
