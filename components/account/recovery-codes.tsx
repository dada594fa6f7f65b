"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useApi } from "@/lib/client/hooks";

/** The ten recovery codes, shown once, until the reader says they saved them. */
export function RecoveryCodesList({ codes, onSaved }: { codes: string[]; onSaved: () => void }) {
  const t = useTranslations("account");
  return (
    <div className="space-y-3" data-testid="recovery-codes">
      <p className="text-sm text-slate-700">{t("recoveryCodesIntro")}</p>
      <ol className="grid grid-cols-2 gap-2 rounded-lg bg-slate-50 p-4 font-mono text-sm sm:grid-cols-5">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <Button onClick={onSaved}>{t("recoveryCodesSaved")}</Button>
    </div>
  );
}

// Passwords have at least 8 characters, so six digits can only be a code from the app.
const proof = (typed: string) => (/^\d{6}$/.test(typed.replace(/\s/g, "")) ? { code: typed } : { password: typed });

/** New recovery codes (POST /api/v1/me/two-factor/recovery-codes), proven by the password or a current code. */
export function RegenerateRecoveryCodes({ onCodes }: { onCodes: (codes: string[]) => void }) {
  const t = useTranslations("account");
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="space-y-3 border-t border-slate-200 pt-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const typed = String(new FormData(event.currentTarget).get("proof") ?? "");
        startTransition(async () => {
          const result = await api.request<{ recoveryCodes: string[] }>("/api/v1/me/two-factor/recovery-codes", {
            body: proof(typed),
          });
          if (!result.ok) return setError(result.fields?.code ?? result.fields?.password ?? result.message);
          setError(null);
          onCodes(result.recoveryCodes);
        });
      }}
    >
      <p className="text-sm text-slate-700">{t("recoveryRegenerateIntro")}</p>
      <Field
        id="regenerate-proof"
        name="proof"
        type="password"
        autoComplete="current-password"
        label={t("recoveryRegenerateProof")}
        error={error ?? undefined}
        required
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("recoveryRegenerate")}
      </Button>
    </form>
  );
}
