import type { Actor } from "@/lib/auth/actor";
import { requireAccount } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";

/** Marks the given notifications (or all) of the actor as read; someone else's ids change nothing. */
export async function markNotificationsRead({ actor, ids }: { actor: Actor; ids?: string[] }) {
  const user = requireAccount(actor);
  const prisma = await getPrisma();
  const { count } = await prisma.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  const unread = await prisma.notification.count({ where: { userId: user.id, readAt: null } });
  return { marked: count, unread };
}
