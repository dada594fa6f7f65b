"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, Checkbox } from "@/components/ui/field";
import { LocalizedFields } from "@/components/ui/localized-fields";
import type { ActionResult } from "@/lib/http/action";
import type { LocalizedText } from "@/lib/i18n/locales";
import { useAction } from "../use-action";

export type AnnouncementFields = {
  title: LocalizedText;
  body: LocalizedText;
  active: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
};
export type SaveAnnouncement = (announcementId: string | null, input: unknown) => Promise<ActionResult>;

/** A datetime-local value in the browser's own time zone, and back to an instant. */
const toLocalInput = (date: Date | null) =>
  date ? new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16) : "";
const toInstant = (value: string) => (value ? new Date(value).toISOString() : "");

/** Every language, an optional window (empty start: now; empty end: until switched off). */
export function AnnouncementForm({
  id,
  initial,
  save,
  done,
}: {
  id: string | null;
  initial: AnnouncementFields;
  save: SaveAnnouncement;
  done?: () => void;
}) {
  const t = useTranslations("adminAnnouncements");
  const [form, setForm] = useState({
    ...initial,
    startsAt: toLocalInput(initial.startsAt),
    endsAt: toLocalInput(initial.endsAt),
  });
  const { fields, pending, run } = useAction();
  const key = id ?? "new";

  return (
    <form
      className="space-y-4 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const input = { ...form, startsAt: toInstant(form.startsAt), endsAt: toInstant(form.endsAt) };
        run(
          () => save(id, input),
          () => {
            toast.success(t("saved"));
            if (!id) setForm({ ...form, title: {}, body: {}, startsAt: "", endsAt: "" });
            done?.();
          },
        );
      }}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <LocalizedFields
          name="title"
          idPrefix={`${key}-`}
          label={t("title")}
          maxLength={120}
          value={form.title}
          errors={fields}
          onChange={(title) => setForm({ ...form, title })}
        />
        <LocalizedFields
          name="body"
          idPrefix={`${key}-`}
          label={t("body")}
          optional
          multiline
          maxLength={1000}
          value={form.body}
          errors={fields}
          onChange={(body) => setForm({ ...form, body })}
        />
        <Field
          id={`${key}-startsAt`}
          type="datetime-local"
          label={t("startsAt")}
          hint={t("startsAtHint")}
          value={form.startsAt}
          error={fields.startsAt}
          onChange={(e) => setForm({ ...form, startsAt: e.target.value })}
        />
        <Field
          id={`${key}-endsAt`}
          type="datetime-local"
          label={t("endsAt")}
          hint={t("endsAtHint")}
          value={form.endsAt}
          error={fields.endsAt}
          onChange={(e) => setForm({ ...form, endsAt: e.target.value })}
        />
      </div>
      <div className="flex items-center justify-between gap-4">
        <Checkbox
          label={t("active")}
          checked={form.active}
          onChange={(checked) => setForm({ ...form, active: checked })}
        />
        <Button type="submit" disabled={pending}>
          {id ? t("save") : t("publish")}
        </Button>
      </div>
    </form>
  );
}
