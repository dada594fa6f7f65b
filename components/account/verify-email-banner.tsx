"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useApi } from "@/lib/client/hooks";

/** Above every portal page while the account's address is unproven: what is held back, and a new link. */
export function VerifyEmailBanner({ email }: { email: string }) {
  const t = useTranslations("account");
  const api = useApi();
  const [note, setNote] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="border-b border-amber-200 bg-amber-50" data-testid="verify-email-banner">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-2 text-sm text-amber-900">
        <p className="flex-1">{t("verifyBanner", { email })}</p>
        <p role="status" className="text-amber-900">
          {note}
        </p>
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await api.request("/api/v1/me/email-verification", { method: "POST" });
              setNote(result.ok ? t("verifyResent") : result.message);
            })
          }
        >
          {t("verifyResend")}
        </Button>
      </div>
    </div>
  );
}
