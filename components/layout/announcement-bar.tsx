import { Megaphone } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { localize, type LocalizedText } from "@/lib/i18n/locales";

export type LiveAnnouncement = { id: string; title: LocalizedText; body: LocalizedText };

/** What the desk wants every visitor to know now (an outage, a delayed network), in their language or the next along the fallback chain. */
export async function AnnouncementBar({ announcements }: { announcements: LiveAnnouncement[] }) {
  if (announcements.length === 0) return null;
  const [locale, t] = await Promise.all([getLocale(), getTranslations("nav")]);
  return (
    <section aria-label={t("announcements")} className="border-b border-amber-200 bg-amber-50 text-amber-950">
      <ul className="mx-auto max-w-6xl divide-y divide-amber-200/70 px-4 sm:px-6">
        {announcements.map((a) => {
          const body = localize(a.body, locale);
          return (
            <li key={a.id} className="flex gap-3 py-2.5 text-sm">
              <Megaphone aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-700" />
              <p>
                <strong className="font-semibold">{localize(a.title, locale)}</strong>
                {body ? <span className="ml-2 whitespace-pre-line">{body}</span> : null}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
