import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { MailboxDto } from "@/lib/contracts/inbound-mail";
import { localizeJson } from "@/lib/db/localized";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Admins: every mailbox with how reading goes (cursor, last sync, last error, whether an instance holds it), and the
 * topics a mailbox may give its new tickets.
 */
export async function findMailboxes({
  actor,
  locale,
}: {
  actor: Actor;
  locale: Locale;
}): Promise<{ mailboxes: MailboxDto[]; topics: { id: string; name: string }[] }> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const [rows, topics] = await Promise.all([
    prisma.mailbox.findMany({ orderBy: { createdAt: "asc" } }),
    prisma.topic.findMany({
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  const now = Date.now();
  const mailboxes = rows.map((row) => ({
    id: row.id,
    name: row.name,
    address: row.address,
    imapHost: row.imapHost,
    imapPort: row.imapPort,
    imapSecure: row.imapSecure,
    imapUser: row.imapUser,
    imapFolder: row.imapFolder,
    topicId: row.topicId,
    active: row.active,
    lastUid: row.lastUid,
    lastError: row.lastError,
    hasPassword: Boolean(row.imapPassword),
    lastSyncAt: row.lastSyncAt?.toISOString() ?? null,
    reading: Boolean(row.leaseOwner && row.leaseUntil && row.leaseUntil.getTime() > now),
  }));
  return {
    mailboxes,
    topics: topics.map((topic) => ({ id: topic.id, name: localizeJson(topic.name, locale) })),
  };
}
