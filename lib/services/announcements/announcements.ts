import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { asLocalizedText } from "@/lib/db/localized";
import { AppError } from "@/lib/errors";
import type { AnnouncementInput } from "@/lib/contracts/announcement";

// Announcements are few and edited on one admin page: their services live side by side.

export type AnnouncementState = "live" | "scheduled" | "ended" | "off";

/** Every announcement, newest first, with whether visitors see it now. Admins only. */
export async function findAnnouncements({ actor, now = new Date() }: { actor: Actor | null; now?: Date }) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const announcements = await prisma.announcement.findMany({ orderBy: { createdAt: "desc" }, take: 200 });
  return announcements.map((a) => {
    const state: AnnouncementState = !a.active
      ? "off"
      : a.startsAt > now
        ? "scheduled"
        : a.endsAt && a.endsAt <= now
          ? "ended"
          : "live";
    return { ...a, title: asLocalizedText(a.title), body: asLocalizedText(a.body), state };
  });
}

/** What visitors see now: switched on, started, not yet ended; newest first, at most three. */
export async function findLiveAnnouncements({ now = new Date() }: { now?: Date } = {}) {
  const prisma = await getPrisma();
  const live = await prisma.announcement.findMany({
    where: { active: true, startsAt: { lte: now }, OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
    orderBy: { startsAt: "desc" },
    take: 3,
    select: { id: true, title: true, body: true },
  });
  return live.map((a) => ({ id: a.id, title: asLocalizedText(a.title), body: asLocalizedText(a.body) }));
}

/** Creates an announcement, or changes one when `announcementId` is given. Admins only; every save is audited. */
export async function saveAnnouncement({
  actor,
  announcementId,
  startsAt,
  ...input
}: { actor: Actor | null; announcementId?: string } & AnnouncementInput) {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  const data = { ...input, ...(startsAt ? { startsAt } : {}) };
  return prisma.$transaction(async (tx) => {
    if (announcementId && (await tx.announcement.updateMany({ where: { id: announcementId }, data })).count === 0) {
      throw new AppError("NOT_FOUND", "announcementNotFound");
    }
    const saved = announcementId
      ? await tx.announcement.findUniqueOrThrow({ where: { id: announcementId } })
      : await tx.announcement.create({ data });
    await tx.auditEvent.create({
      data: {
        actorId: admin.id,
        action: announcementId ? "announcement.updated" : "announcement.created",
        targetType: "Announcement",
        targetId: saved.id,
      },
    });
    return saved;
  });
}

export async function deleteAnnouncement({ actor, announcementId }: { actor: Actor | null; announcementId: string }) {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    if ((await tx.announcement.deleteMany({ where: { id: announcementId } })).count === 0)
      throw new AppError("NOT_FOUND", "announcementNotFound");
    await tx.auditEvent.create({
      data: { actorId: admin.id, action: "announcement.deleted", targetType: "Announcement", targetId: announcementId },
    });
  });
}
