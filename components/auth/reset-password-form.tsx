"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState, useTransition } from "react";
import { AuthForm, AuthLink, AuthNotice } from "./auth-form";
import { Field } from "@/components/ui/field";
import { useApi } from "@/lib/client/hooks";

/** Sets a new password from the emailed link (`?token=`); afterwards every session of the account has ended. */
export function ResetPasswordForm() {
  const t = useTranslations("auth");
  const api = useApi();
  const token = useSearchParams().get("token") ?? "";
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  function submit(form: FormData) {
    startTransition(async () => {
      const result = await api.request("/api/v1/auth/password-reset/complete", {
        body: { token, newPassword: String(form.get("newPassword") ?? "") },
      });
      if (!result.ok) return setError(result.fields?.newPassword ?? result.message);
      setDone(true);
    });
  }

  if (done) {
    return (
      <AuthNotice testId="reset-done">
        {t("resetDone")}{" "}
        <Link href="/login" className="font-medium underline">
          {t("submitLogin")}
        </Link>
      </AuthNotice>
    );
  }
  return (
    <AuthForm
      onSubmit={submit}
      error={error}
      pending={pending}
      submitLabel={t("resetSubmit")}
      pendingLabel={t("submitting")}
      footer={<AuthLink href="/login/forgot">{t("resetAgain")}</AuthLink>}
    >
      <Field
        id="newPassword"
        name="newPassword"
        type="password"
        label={t("newPassword")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        required
      />
    </AuthForm>
  );
}
