import type { Actor } from "@/lib/auth/actor";
import { requireAccount } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";

export type NotificationDto = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};

/** The bell: the latest notifications and how many are unread (accounts only). */
export async function findNotifications({ actor, limit = 20 }: { actor: Actor; limit?: number }) {
  const user = requireAccount(actor);
  const prisma = await getPrisma();
  const [rows, unread] = await Promise.all([
    prisma.notification.findMany({
      where: { userId: user.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
    }),
    prisma.notification.count({ where: { userId: user.id, readAt: null } }),
  ]);
  const notifications: NotificationDto[] = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  }));
  return { notifications, unread };
}
