import { Megaphone } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";

export type LiveAnnouncement = { id: string; titleEn: string; titleZh: string; bodyEn: string; bodyZh: string };

/** What the desk wants every visitor to know now (an outage, a delayed network), in their language or else the other. */
export async function AnnouncementBar({ announcements }: { announcements: LiveAnnouncement[] }) {
  if (announcements.length === 0) return null;
  const zh = (await getLocale()) === "zh-CN";
  const t = await getTranslations("nav");
  const pick = (zhText: string, enText: string) => (zh ? zhText || enText : enText || zhText);
  return (
    <section aria-label={t("announcements")} className="border-b border-amber-200 bg-amber-50 text-amber-950">
      <ul className="mx-auto max-w-6xl divide-y divide-amber-200/70 px-4 sm:px-6">
        {announcements.map((a) => (
          <li key={a.id} className="flex gap-3 py-2.5 text-sm">
            <Megaphone aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-700" />
            <p>
              <strong className="font-semibold">{pick(a.titleZh, a.titleEn)}</strong>
              {pick(a.bodyZh, a.bodyEn) ? (
                <span className="ml-2 whitespace-pre-line">{pick(a.bodyZh, a.bodyEn)}</span>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
