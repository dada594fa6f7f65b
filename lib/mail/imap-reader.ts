import { ImapFlow } from "imapflow";
import { logger } from "@/lib/logger";
import { inboundConfig } from "@/lib/services/inbound-mail/inbound-config";
import { advanceMailboxCursor, claimMailboxLease, mailboxCursor, recordMailboxError, releaseMailboxLease } from "@/lib/services/inbound-mail/mailbox-lease";
import { processInboundEmails } from "@/lib/services/inbound-mail/process-inbound-emails";
import { storeInboundEmails } from "@/lib/services/inbound-mail/store-inbound-emails";

export type ImapMailbox = { id: string; imapHost: string; imapPort: number; imapSecure: boolean; imapUser: string; imapPassword: string; imapFolder: string };
export type MailboxReader = { stop(): Promise<void>; done: Promise<void> };

const FETCH_BATCH = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads one IMAP mailbox while holding its lease: everything above the cursor first, then whatever IDLE announces
 * (imapflow falls back to NOOP polling on servers without IDLE), plus a slow poll as a safety net. Each batch is
 * stored raw, then the cursor moves, then the batch is imported — a stop at any point loses and doubles nothing.
 * Reconnects with backoff; stops for good when the lease is lost.
 */
export function startMailboxReader(box: ImapMailbox, owner: string): MailboxReader {
  const config = inboundConfig();
  let stopped = false;
  const current: { client: ImapFlow | null } = { client: null };
  let wake: () => void = () => {};

  const sync = async (imap: ImapFlow, uidValidity: bigint): Promise<boolean> => {
    const from = await mailboxCursor(box.id, owner, uidValidity);
    if (from === null) return false;
    const uids = ((await imap.search({ uid: `${from + 1}:*` }, { uid: true })) || []).filter((uid) => uid > from).sort((a, b) => a - b);
    for (let i = 0; i < uids.length && !stopped; i += FETCH_BATCH) {
      const batch = uids.slice(i, i + FETCH_BATCH);
      const mails = [];
      for await (const message of imap.fetch(batch, { uid: true, source: true }, { uid: true })) {
        if (message.source) mails.push({ raw: message.source, mailboxId: box.id, uid: message.uid });
      }
      const ids = await storeInboundEmails(mails);
      if (!(await advanceMailboxCursor(box.id, owner, uidValidity, batch[batch.length - 1]))) return false;
      await processInboundEmails({ ids });
    }
    return true;
  };

  const session = async () => {
    const imap = new ImapFlow({
      host: box.imapHost,
      port: box.imapPort,
      secure: box.imapSecure,
      auth: { user: box.imapUser, pass: box.imapPassword },
      logger: false,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      maxIdleTime: 5 * 60_000,
    });
    current.client = imap;
    imap.on("error", (error: Error) => logger.warn({ err: error, mailboxId: box.id }, "imap connection error"));
    let pending = true;
    imap.on("exists", () => {
      pending = true;
      wake();
    });
    const closed = new Promise<void>((resolve) => imap.on("close", () => resolve()));
    await imap.connect();
    const opened = await imap.mailboxOpen(box.imapFolder);
    closed.then(() => wake());
    let lastRenew = Date.now();
    let lastPoll = Date.now();
    while (!stopped && imap.usable) {
      if (pending) {
        pending = false;
        lastPoll = Date.now();
        if (!(await sync(imap, opened.uidValidity))) return "lost" as const;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, Math.min(config.leaseMs / 3, config.pollMs)).unref();
      });
      if (Date.now() - lastRenew >= config.leaseMs / 3) {
        if (!(await claimMailboxLease(box.id, owner, config.leaseMs))) return "lost" as const;
        lastRenew = Date.now();
      }
      if (Date.now() - lastPoll >= config.pollMs) pending = true;
    }
    return "closed" as const;
  };

  const done = (async () => {
    let backoff = 1000;
    while (!stopped) {
      try {
        if ((await session()) === "lost") break;
        backoff = 1000;
      } catch (error) {
        if (stopped) break;
        logger.warn({ err: error, mailboxId: box.id }, "imap mailbox read failed");
        await recordMailboxError(box.id, error).catch(() => {});
      } finally {
        await current.client?.logout().catch(() => current.client?.close());
        current.client = null;
      }
      if (stopped) break;
      await sleep(backoff);
      backoff = Math.min(backoff * 2, 60_000);
      if (!(await claimMailboxLease(box.id, owner, config.leaseMs).catch(() => false))) break;
    }
  })();

  return {
    done,
    async stop() {
      stopped = true;
      wake();
      current.client?.close();
      await done;
      await releaseMailboxLease(box.id, owner).catch(() => {});
    },
  };
}
