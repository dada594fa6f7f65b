"use client";

import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { AuthForm } from "./auth-form";
import { Field } from "@/components/ui/field";
import { signInWithPassword } from "@/lib/auth/sign-in-client";
import { useApi } from "@/lib/client/hooks";

export function RegisterForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const router = useRouter();
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  function submit(form: FormData) {
    startTransition(async () => {
      const input = { name: form.get("name"), email: form.get("email"), password: form.get("password"), locale };
      const result = await api.request("/api/v1/auth/register", { body: input });
      if (!result.ok) {
        setFields(result.fields ?? {});
        setError(result.message);
        return;
      }
      setFields({});
      setError(null);
      await signInWithPassword(String(input.email), String(input.password));
      toast.success(t("registered"));
      router.replace("/");
      router.refresh();
    });
  }

  return (
    <AuthForm
      onSubmit={submit}
      error={error}
      pending={pending}
      submitLabel={t("submitRegister")}
      pendingLabel={t("submitting")}
      footer={
        <>
          {t("haveAccount")}{" "}
          <Link href="/login" className="font-medium text-brand-700 hover:underline">
            {t("submitLogin")}
          </Link>
        </>
      }
    >
      <Field id="name" name="name" label={t("name")} autoComplete="name" required error={fields.name} />
      <Field
        id="email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        error={fields.email}
      />
      <Field
        id="password"
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        required
        error={fields.password}
      />
    </AuthForm>
  );
}
