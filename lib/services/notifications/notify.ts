import type { Prisma } from "@/lib/db/generated/client";
import { toLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";

type Tx = Pick<Prisma.TransactionClient, "notification" | "user">;
type Translate = ReturnType<typeof translator>;

export type NotificationDraft = {
  kind: string;
  link: string | null;
  /** Built per recipient, in their language. */
  render: (t: Translate) => { title: string; body?: string };
};

export type NotificationRow = {
  id: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
};

/**
 * Writes one in-app notification per recipient (accounts only: guests have no bell), in the transaction that
 * caused it. Publish the returned rows after commit with `publishNotifications`.
 */
export async function createNotifications(
  tx: Tx,
  userIds: Iterable<string>,
  draft: NotificationDraft,
): Promise<NotificationRow[]> {
  return createNotificationBatch(tx, [{ userIds, draft }]);
}

/** Several notifications at once (one query for the recipients' languages, one insert): for periodic jobs. */
export async function createNotificationBatch(
  tx: Tx,
  items: { userIds: Iterable<string>; draft: NotificationDraft }[],
): Promise<NotificationRow[]> {
  const wanted = items.map((item) => ({ ids: [...new Set(item.userIds)], draft: item.draft }));
  const all = [...new Set(wanted.flatMap((item) => item.ids))];
  if (!all.length) return [];
  const users = await tx.user.findMany({
    where: { id: { in: all }, isGuest: false },
    select: { id: true, locale: true },
  });
  const locales = new Map(users.map((user) => [user.id, toLocale(user.locale)]));
  const data = wanted.flatMap(({ ids, draft }) =>
    ids.flatMap((userId) => {
      const locale = locales.get(userId);
      if (!locale) return [];
      const { title, body } = draft.render(translator(locale));
      return [
        { userId, kind: draft.kind, title: title.slice(0, 300), body: (body ?? "").slice(0, 500), link: draft.link },
      ];
    }),
  );
  return data.length ? tx.notification.createManyAndReturn({ data }) : [];
}

export function publishNotifications(rows: NotificationRow[]): void {
  for (const row of rows) {
    publish(rooms.user(row.userId), "notification.created", {
      id: row.id,
      kind: row.kind,
      title: row.title,
      body: row.body,
      link: row.link,
      createdAt: row.createdAt.toISOString(),
      readAt: null,
    });
  }
}
