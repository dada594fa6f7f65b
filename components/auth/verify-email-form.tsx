"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useState, useTransition } from "react";
import { AuthForm, AuthLink, AuthNotice } from "./auth-form";
import { useApi } from "@/lib/client/hooks";

/**
 * Proves an address from an emailed link (`?token=`). A button, not the page load, does it: mail scanners open
 * links, and a scanner must not confirm an address for its owner.
 */
export function VerifyEmailForm() {
  const t = useTranslations("auth");
  const api = useApi();
  const token = useSearchParams().get("token") ?? "";
  const [error, setError] = useState<string | null>(null);
  const [released, setReleased] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();

  if (released !== null) return <AuthNotice testId="verify-done">{t("verifyDone", { count: released })}</AuthNotice>;
  return (
    <AuthForm
      onSubmit={() =>
        startTransition(async () => {
          const result = await api.request<{ released: number }>("/api/v1/auth/verify-email", { body: { token } });
          if (!result.ok) return setError(result.message);
          setReleased(result.released);
        })
      }
      error={error}
      pending={pending}
      submitLabel={t("verifySubmit")}
      pendingLabel={t("submitting")}
      footer={<AuthLink href="/login">{t("backToLogin")}</AuthLink>}
    >
      {null}
    </AuthForm>
  );
}
