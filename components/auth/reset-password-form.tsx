"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState, useTransition } from "react";
import { AuthForm, AuthLink, AuthNotice } from "./auth-form";
import { Field } from "@/components/ui/field";
import { useApi } from "@/lib/client/hooks";

const ENDPOINTS = { reset: "/api/v1/auth/password-reset/complete", invite: "/api/v1/auth/invitations/accept" };

/**
 * Sets a password from an emailed link (`?token=`): a reset (afterwards every session of the account has ended) or
 * a staff invitation.
 */
export function ResetPasswordForm({ kind = "reset" }: { kind?: keyof typeof ENDPOINTS }) {
  const t = useTranslations("auth");
  const api = useApi();
  const token = useSearchParams().get("token") ?? "";
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  function submit(form: FormData) {
    startTransition(async () => {
      const result = await api.request(ENDPOINTS[kind], {
        body: { token, newPassword: String(form.get("newPassword") ?? "") },
      });
      if (!result.ok) return setError(result.fields?.newPassword ?? result.message);
      setDone(true);
    });
  }

  if (done) {
    return (
      <AuthNotice testId="reset-done">
        {t(kind === "invite" ? "inviteDone" : "resetDone")}{" "}
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
      submitLabel={t(kind === "invite" ? "inviteSubmit" : "resetSubmit")}
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
