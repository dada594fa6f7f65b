"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, useTransition } from "react";
import { AuthForm } from "./auth-form";
import { Field } from "@/components/ui/field";
import { safeCallbackPath, signInWithPassword } from "@/lib/auth/sign-in-client";
import { request } from "@/lib/client/api";

/** After login, agents land in the console and everyone else where they came from. */
export async function landingPath(callback: string | null): Promise<string> {
  if (callback) return callback;
  const me = await request<{ user: { role: string } | null }>("/api/v1/me");
  return me.ok && me.user && me.user.role !== "CUSTOMER" ? "/console" : "/";
}

export function LoginForm() {
  const t = useTranslations("auth");
  const errors = useTranslations("errors");
  const router = useRouter();
  const callback = safeCallbackPath(useSearchParams().get("callbackUrl"));
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(form: FormData) {
    startTransition(async () => {
      const result = await signInWithPassword(String(form.get("email") ?? ""), String(form.get("password") ?? ""));
      if (!result.ok) {
        setError(result.reason === "invalid" ? t("invalidCredentials") : (result.message ?? errors("INTERNAL")));
        return;
      }
      // With 2FA the password was only the first step.
      const second = await request<{ pending: boolean }>("/api/v1/auth/two-factor");
      if (second.ok && second.pending) {
        router.replace(`/login/two-factor${callback ? `?callbackUrl=${encodeURIComponent(callback)}` : ""}`);
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
      submitLabel={t("submitLogin")}
      pendingLabel={t("submitting")}
      footer={
        <>
          {t("noAccount")}{" "}
          <Link href="/register" className="font-medium text-brand-700 hover:underline">
            {t("submitRegister")}
          </Link>
        </>
      }
    >
      <Field id="email" name="email" type="email" label={t("email")} autoComplete="email" required />
      <Field
        id="password"
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
      />
      <p className="text-right text-sm">
        <Link href="/login/forgot" className="font-medium text-brand-700 hover:underline">
          {t("forgotPassword")}
        </Link>
      </p>
    </AuthForm>
  );
}
