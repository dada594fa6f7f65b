import { getPrisma } from "@/lib/db/client";
import { inboundKey } from "@/lib/mail/inbound/raw-headers";

export type RawMail = { raw: Buffer; mailboxId: string | null; uid?: number | null };

/**
 * Stores received mail raw, before anything reads it: what is stored is never lost, and storing the same mail again
 * (a re-fetch after a crash, a second instance, a resent delivery) does nothing, by its Message-ID. Returns the ids
 * of the rows for these mails, new or not, in the order given, for the caller to process.
 */
export async function storeInboundEmails(mails: RawMail[]): Promise<string[]> {
  if (!mails.length) return [];
  const prisma = await getPrisma();
  const rows = mails.map((mail) => ({
    messageId: inboundKey(mail.raw),
    mailboxId: mail.mailboxId,
    uid: mail.uid ?? null,
    raw: Uint8Array.from(mail.raw),
  }));
  await prisma.inboundEmail.createMany({ data: rows, skipDuplicates: true });
  const stored = await prisma.inboundEmail.findMany({
    where: { messageId: { in: rows.map((r) => r.messageId) } },
    select: { id: true, messageId: true },
  });
  const byKey = new Map(stored.map((row) => [row.messageId, row.id]));
  return [...new Set(rows.map((row) => byKey.get(row.messageId)).filter((id): id is string => Boolean(id)))];
}
