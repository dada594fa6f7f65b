import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { getPrisma } from "@/lib/db/client";
import { inboundConfig } from "@/lib/services/inbound-mail/inbound-config";
import { claimMailboxLease } from "@/lib/services/inbound-mail/mailbox-lease";
import { startMailboxReader, type ImapMailbox, type MailboxReader } from "./imap-reader";

export type InboundMail = { owner: string; supervise(): Promise<void>; stop(): Promise<void> };

const fingerprint = (box: ImapMailbox) =>
  JSON.stringify([box.imapHost, box.imapPort, box.imapSecure, box.imapUser, box.imapPassword, box.imapFolder]);

/**
 * This instance's mailbox readers. `supervise()` (a periodic job) starts a reader for each active IMAP mailbox whose
 * lease it can take, and stops readers whose mailbox was switched off, removed or reconfigured.
 */
export function inboundMail(owner = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`): InboundMail {
  const readers = new Map<string, { reader: MailboxReader; fingerprint: string }>();
  let stopped = false;
  return {
    owner,
    async supervise() {
      if (stopped) return;
      const prisma = await getPrisma();
      const rows = await prisma.mailbox.findMany({ where: { active: true, imapHost: { not: null } } });
      const boxes = rows.flatMap((row) =>
        row.imapHost && row.imapUser
          ? [{ ...row, imapHost: row.imapHost, imapUser: row.imapUser, imapPassword: row.imapPassword ?? "" }]
          : [],
      );
      for (const [id, running] of readers) {
        const box = boxes.find((b) => b.id === id);
        if (!box || fingerprint(box) !== running.fingerprint) {
          readers.delete(id);
          await running.reader.stop();
        }
      }
      for (const box of boxes) {
        if (stopped || readers.has(box.id) || !(await claimMailboxLease(box.id, owner, inboundConfig().leaseMs)))
          continue;
        const reader = startMailboxReader(box, owner);
        readers.set(box.id, { reader, fingerprint: fingerprint(box) });
        // A reader that gave up (lease lost) is forgotten, so a later pass may start it again.
        reader.done.then(() => readers.get(box.id)?.reader === reader && readers.delete(box.id));
      }
    },
    async stop() {
      stopped = true;
      await Promise.all([...readers.values()].map((running) => running.reader.stop()));
      readers.clear();
    },
  };
}
