"use client";

import { Languages } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useApi } from "@/lib/client/hooks";
import { LANGUAGES, type Locale } from "@/lib/i18n/locales";

export function LocaleSwitcher() {
  const t = useTranslations("locale");
  const locale = useLocale();
  const router = useRouter();
  const api = useApi();
  const [pending, startTransition] = useTransition();

  function change(next: Locale) {
    startTransition(async () => {
      await api.request("/api/v1/me/locale", { body: { locale: next } });
      router.refresh();
    });
  }

  return (
    <label className="flex items-center gap-1.5 text-sm text-slate-600">
      <Languages aria-hidden className="size-4" />
      <span className="sr-only">{t("label")}</span>
      <select
        value={locale}
        disabled={pending}
        onChange={(event) => change(event.target.value as Locale)}
        className="rounded-md border-0 bg-transparent py-1 pr-6 pl-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus:ring-2 focus:ring-brand-300"
        data-testid="locale-switcher"
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.label}
          </option>
        ))}
      </select>
    </label>
  );
}
