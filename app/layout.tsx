import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { Toaster } from "sonner";
import { TimeZoneSync } from "@/components/layout/time-zone-sync";
import { getActor } from "@/lib/auth/current";
import { TIME_ZONE_COOKIE } from "@/lib/i18n/time-zones";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, actor, jar] = await Promise.all([getLocale(), getActor(), cookies()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider>
          {children}
          <TimeZoneSync
            reported={jar.get(TIME_ZONE_COOKIE)?.value ?? null}
            unsaved={!!actor && !actor.isGuest && !actor.timeZone}
          />
          <Toaster position="top-center" richColors closeButton />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
