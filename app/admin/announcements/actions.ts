"use server";

import { announcementSchema } from "@/lib/contracts/announcement";
import { adminAction } from "@/lib/http/action";
import { deleteAnnouncement, saveAnnouncement } from "@/lib/services/announcements/announcements";

export const saveAnnouncementAction = adminAction(
  "/admin/announcements",
  async ({ actor, parse }, announcementId: string | null, input: unknown) => {
    await saveAnnouncement({ actor, announcementId: announcementId ?? undefined, ...parse(announcementSchema, input) });
    return null;
  },
);

export const deleteAnnouncementAction = adminAction("/admin/announcements", ({ actor }, announcementId: string) =>
  deleteAnnouncement({ actor, announcementId: String(announcementId) }),
);
