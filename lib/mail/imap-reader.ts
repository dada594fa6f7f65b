import { ImapFlow } from "imapflow";
import { logger } from "@/lib/logger";
import { inboundConfig } from "@/lib/services/inbound-mail/inbound-config";
import {
  advanceMailboxCursor,
  claimMailboxLease,
  mailboxCursor,
  recordMailboxError,
  releaseMailboxLease,
} from "@/lib/services/inbound-mail/mailbox-lease";
import { processInboundEmails } from "@/lib/services/inbound-mail/process-inbound-emails";
import { storeInboundEmails } from "@/lib/services/inbound-mail/store-inbound-emails";

export type ImapMailbox = {
  id: string;
  imapHost: string;
  imapPort: number;
  imapSecure: boolean;
  imapUser: string;
  imapPassword: string;
  imapFolder: string;
};
export type MailboxReader = { stop(): Promise<void>; done: Promise<void> };

const FETCH_BATCH = 100;

/** A polite LOGOUT when the connection still works (bounded: a dead server must not hold up a stop), else a close. */
async function closeClient(client: ImapFlow | null): Promise<void> {
  if (!client) return;
  if (client.usable) {
    const timer = new Promise<void>((resolve) => setTimeout(resolve, 2000).unref());
    await Promise.race([client.logout().catch(() => {}), timer]);
  }
  client.close();
}
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
  let halt: () => void = () => {};
  const halted = new Promise<null>((resolve) => (halt = () => resolve(null)));

  const sync = async (imap: ImapFlow, uidValidity: bigint): Promise<boolean> => {
    const from = await mailboxCursor(box.id, owner, uidValidity);
    if (from === null) return false;
    const uids = ((await imap.search({ uid: `${from + 1}:*` }, { uid: true })) || [])
      .filter((uid) => uid > from)
      .sort((a, b) => a - b);
    for (let i = 0; i < uids.length && !stopped; i += FETCH_BATCH) {
      const batch = uids.slice(i, i + FETCH_BATCH);
      const mails = [];
      for await (const message of imap.fetch(batch, { uid: true, source: true }, { uid: true })) {
        if (message.source) mails.push({ raw: message.source, mailboxId: box.id, uid: message.uid });
      }
      const ids = await storeInboundEmails(mails);
      // The cursor moves only past what is stored: a message the fetch did not return is asked for again next time.
      const fetched = new Set(mails.map((mail) => mail.uid));
      const stored = batch.findIndex((uid) => !fetched.has(uid));
      const upTo = stored === -1 ? batch[batch.length - 1] : batch[stored - 1];
      if (upTo !== undefined && !(await advanceMailboxCursor(box.id, owner, uidValidity, upTo))) return false;
      await processInboundEmails({ ids });
      if (stored !== -1) {
        logger.warn(
          { mailboxId: box.id, uid: batch[stored] },
          "imap fetch did not return a message; it is fetched again on the next pass",
        );
        return true;
      }
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
    // A stop while connecting must not wait for a server that never answers.
    const opened = await Promise.race([imap.connect().then(() => imap.mailboxOpen(box.imapFolder)), halted]);
    if (!opened) return "closed" as const;
    closed.then(() => wake());
    let lastRenew = Date.now();
    let lastPoll = Date.now();
    while (!stopped && imap.usable) {
      if (pending) {
        pending = false;
        lastPoll = Date.now();
        if (!(await sync(imap, opened.uidValidity))) return "lost" as const;
      }
      // IDLE now rather than after imapflow's 15 s pause, so new mail is announced at once; any command ends it.
      if (!stopped && imap.usable && !imap.idling) imap.idle().catch(() => {});
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
        await closeClient(current.client);
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
      halt();
      wake();
      current.client?.close();
      await done;
      await releaseMailboxLease(box.id, owner).catch(() => {});
    },
  };
}
