"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useApi } from "@/lib/client/hooks";
import { RecoveryCodesList, RegenerateRecoveryCodes } from "./recovery-codes";

type Setup = { secret: string; uri: string; qrSvg: string };

const svgSource = (svg: string) => `data:image/svg+xml;base64,${btoa(svg)}`;

/**
 * 2FA on the account security page: set up (QR code and the secret as text, confirmed by a code), the ten recovery
 * codes shown once, new recovery codes, or turning it off with the password.
 */
export function TwoFactorPanel({ enabled }: { enabled: boolean }) {
  const t = useTranslations("account");
  const api = useApi();
  const router = useRouter();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (work: () => Promise<void>) => startTransition(work);
  const field = (form: FormData, name: string) => String(form.get(name) ?? "");
  const onSubmit = (handler: (form: FormData) => void) => (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    handler(new FormData(event.currentTarget));
  };

  if (codes) return <RecoveryCodesList codes={codes} onSaved={() => (setCodes(null), router.refresh())} />;
  if (enabled) {
    return (
      <div className="space-y-4">
        <form
          className="space-y-3"
          noValidate
          onSubmit={onSubmit((form) =>
            run(async () => {
              const result = await api.request("/api/v1/me/two-factor", {
                method: "DELETE",
                body: { password: field(form, "password") },
              });
              if (!result.ok) return setError(result.fields?.password ?? result.message);
              setError(null);
              router.refresh();
            }),
          )}
        >
          <p className="text-sm font-medium text-emerald-700" data-testid="two-factor-on">
            {t("twoFactorOn")}
          </p>
          <Field
            id="disable-password"
            name="password"
            type="password"
            label={t("currentPassword")}
            error={error ?? undefined}
            required
          />
          <Button type="submit" variant="danger" disabled={pending}>
            {t("twoFactorDisable")}
          </Button>
        </form>
        <RegenerateRecoveryCodes onCodes={setCodes} />
      </div>
    );
  }
  if (!setup) {
    return (
      <div className="space-y-3">
        <p className="text-sm text-slate-700">{t("twoFactorOff")}</p>
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
        <Button
          disabled={pending}
          onClick={() =>
            run(async () => {
              const result = await api.request<Setup>("/api/v1/me/two-factor/setup", { method: "POST" });
              if (!result.ok) return setError(result.message);
              setError(null);
              setSetup(result);
            })
          }
        >
          {t("twoFactorSetUp")}
        </Button>
      </div>
    );
  }
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={onSubmit((form) =>
        run(async () => {
          const result = await api.request<{ recoveryCodes: string[] }>("/api/v1/me/two-factor", {
            body: { code: field(form, "code") },
          });
          if (!result.ok) return setError(result.fields?.code ?? result.message);
          setError(null);
          setCodes(result.recoveryCodes);
        }),
      )}
    >
      <p className="text-sm text-slate-700">{t("twoFactorScan")}</p>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made in this answer */}
        <img
          src={svgSource(setup.qrSvg)}
          alt={t("twoFactorQrAlt")}
          width={176}
          height={176}
          className="rounded border"
        />
        <div className="min-w-0 space-y-1 text-sm">
          <p className="text-slate-600">{t("twoFactorSecretText")}</p>
          <code className="block rounded bg-slate-100 p-2 font-mono break-all" data-testid="totp-secret">
            {setup.secret}
          </code>
        </div>
      </div>
      <Field
        id="setup-code"
        name="code"
        label={t("twoFactorConfirmCode")}
        autoComplete="one-time-code"
        inputMode="numeric"
        error={error ?? undefined}
        required
      />
      <Button type="submit" disabled={pending}>
        {t("twoFactorConfirm")}
      </Button>
    </form>
  );
}
