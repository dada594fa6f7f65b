"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { AuthForm, AuthLink, AuthNotice } from "./auth-form";
import { Field } from "@/components/ui/field";
import { useApi } from "@/lib/client/hooks";

/** "Forgot password": always the same confirmation, whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [pending, startTransition] = useTransition();

  function submit(form: FormData) {
    startTransition(async () => {
      const result = await api.request("/api/v1/auth/password-reset", {
        body: { email: String(form.get("email") ?? ""), locale },
      });
      if (!result.ok) return setError(result.fields?.email ?? result.message);
      setError(null);
      setSent(true);
    });
  }

  if (sent) {
    return <AuthNotice testId="reset-sent">{t("resetSent", { minutes: 30 })}</AuthNotice>;
  }
  return (
    <AuthForm
      onSubmit={submit}
      error={error}
      pending={pending}
      submitLabel={t("resetRequestSubmit")}
      pendingLabel={t("submitting")}
      footer={<AuthLink href="/login">{t("backToLogin")}</AuthLink>}
    >
      <Field id="email" name="email" type="email" label={t("email")} autoComplete="email" required />
    </AuthForm>
  );
}
