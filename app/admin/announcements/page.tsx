import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnnouncementForm } from "@/components/admin/announcements/announcement-form";
import { AnnouncementList } from "@/components/admin/announcements/announcement-list";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { findAnnouncements } from "@/lib/services/announcements/announcements";
import { deleteAnnouncementAction, saveAnnouncementAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminAnnouncements"))("title") };
}

const BLANK = { title: {}, body: {}, active: true, startsAt: null, endsAt: null };

export default async function AdminAnnouncementsPage() {
  const admin = await getAdmin();
  const [t, announcements] = await Promise.all([
    getTranslations("adminAnnouncements"),
    findAnnouncements({ actor: admin }),
  ]);
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle title={t("title")} intro={t("intro")} />
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("newTitle")}</h2>
        <AnnouncementForm id={null} initial={BLANK} save={saveAnnouncementAction} />
      </Card>
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("listTitle")}</h2>
        <AnnouncementList
          announcements={announcements}
          save={saveAnnouncementAction}
          remove={deleteAnnouncementAction}
        />
      </Card>
    </div>
  );
}
