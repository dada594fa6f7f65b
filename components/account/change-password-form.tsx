"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useApi } from "@/lib/client/hooks";

/** Change password (POST /api/v1/me/password): the current one proves it is you; other sessions end. */
export function ChangePasswordForm() {
  const t = useTranslations("account");
  const api = useApi();
  const form = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(data: FormData) {
    startTransition(async () => {
      const result = await api.request<{ endedSessions: number }>("/api/v1/me/password", {
        body: {
          currentPassword: String(data.get("currentPassword") ?? ""),
          newPassword: String(data.get("newPassword") ?? ""),
        },
      });
      if (!result.ok) {
        setFields(result.fields ?? {});
        setError(result.fields ? null : result.message);
        return;
      }
      setFields({});
      setError(null);
      form.current?.reset();
      toast.success(t("passwordChanged", { count: result.endedSessions }));
    });
  }

  return (
    <form
      ref={form}
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
    >
      <Field
        id="currentPassword"
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        error={fields.currentPassword}
        required
      />
      <Field
        id="newPassword"
        name="newPassword"
        type="password"
        label={t("newPassword")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        error={fields.newPassword}
        required
      />
      <p role="alert" className="min-h-5 text-sm text-red-600">
        {error}
      </p>
      <Button type="submit" disabled={pending}>
        {t("changePassword")}
      </Button>
    </form>
  );
}
