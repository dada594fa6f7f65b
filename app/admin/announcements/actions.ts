"use server";

import { runAction } from "@/lib/http/action";
import { deleteAnnouncement, saveAnnouncement } from "@/lib/services/announcements/announcements";
import { announcementSchema } from "@/lib/contracts/announcement";
import { parseInput } from "@/lib/contracts/parse";

// The announcements page's actions (admins only; the services check).

export async function saveAnnouncementAction(announcementId: string | null, input: unknown) {
  return runAction("/admin/announcements", async (actor, locale) => {
    await saveAnnouncement({ actor, announcementId: announcementId ?? undefined, ...parseInput(announcementSchema, input, locale) });
    return null;
  });
}

export async function deleteAnnouncementAction(announcementId: string) {
  return runAction("/admin/announcements", (actor) => deleteAnnouncement({ actor, announcementId: String(announcementId) }));
}
