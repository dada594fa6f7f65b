"use client";

import { useTranslations } from "next-intl";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, useTransition } from "react";
import { AuthForm, AuthLink } from "./auth-form";
import { landingPath } from "./login-form";
import { Field } from "@/components/ui/field";
import { safeCallbackPath } from "@/lib/auth/sign-in-client";
import { useApi } from "@/lib/client/hooks";

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
export function TwoFactorForm() {
  const t = useTranslations("auth");
  const api = useApi();
  const router = useRouter();
  const callback = safeCallbackPath(useSearchParams().get("callbackUrl"));
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(form: FormData) {
    startTransition(async () => {
      const result = await api.request("/api/v1/auth/two-factor", { body: { code: String(form.get("code") ?? "") } });
      if (!result.ok) {
        setError(result.message);
        if (result.code === "UNAUTHENTICATED" || result.code === "RATE_LIMITED") router.replace("/login");
        return;
      }
      router.replace(await landingPath(callback));
      router.refresh();
    });
  }

  return (
    <AuthForm
      onSubmit={submit}
      error={error}
      pending={pending}
      submitLabel={t("twoFactorSubmit")}
      pendingLabel={t("submitting")}
      footer={<AuthLink href="/login">{t("backToLogin")}</AuthLink>}
    >
      <Field
        id="code"
        name="code"
        label={t("twoFactorCode")}
        hint={t("twoFactorCodeHint")}
        autoComplete="one-time-code"
        inputMode="text"
        autoFocus
        required
      />
    </AuthForm>
  );
}
