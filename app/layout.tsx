import type { Metadata, Viewport } from "next";
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

// The page shrinks above a phone's keyboard instead of sliding under it: the chat composer stays in view.
export const viewport: Viewport = { width: "device-width", initialScale: 1, interactiveWidget: "resizes-content" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, actor, jar, t] = await Promise.all([
    getLocale(),
    getActor(),
    cookies(),
    getTranslations("notifications"),
  ]);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider>
          {children}
          <TimeZoneSync
            reported={jar.get(TIME_ZONE_COOKIE)?.value ?? null}
            unsaved={!!actor && !actor.isGuest && !actor.timeZone}
          />
          <Toaster position="top-center" richColors closeButton containerAriaLabel={t("title")} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
