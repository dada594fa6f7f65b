import { config } from "@/lib/config";
import { closeTransport } from "@/lib/mail/transport";
import { inboundMail, type InboundMail } from "@/lib/mail/inbound-mail";
import { startSmtpReceiver, type SmtpReceiver } from "@/lib/mail/smtp-receiver";
import { logger } from "@/lib/logger";
import { inboundConfig } from "@/lib/services/inbound-mail/inbound-config";
import { processInboundEmails } from "@/lib/services/inbound-mail/process-inbound-emails";
import { sendOutbox } from "@/lib/mail/send-outbox";
import { checkSlaBreaches } from "@/lib/services/tickets/check-sla-breaches";
import { scheduleQueueBroadcast } from "@/lib/services/routing/broadcast-queue";
import { scheduleAutoAssign } from "@/lib/services/routing/auto-assign";
import { deleteUnattachedAttachments } from "@/lib/services/attachments/delete-unattached-attachments";
import { closeSolvedTickets } from "@/lib/services/tickets/close-solved-tickets";
import { purgeIdentityTokenUses } from "@/lib/services/identity/identify-customer";
import { sendWebhooks } from "@/lib/services/webhooks/send-webhooks";
import { refreshRollup } from "@/lib/services/reports/refresh-rollup";
import { startScheduler, type Job, type Scheduler } from "./scheduler";

/** Beacon's periodic work. JOBS=0 turns it off on an instance (e.g. a web-only replica). */
export function beaconJobs(inbound?: InboundMail): Job[] {
  return [
    // Mailbox readers (IMAP, one instance per mailbox by lease) and mail left unimported by a crash or an error.
    ...(inbound ? [{ name: "mailboxes", everyMs: config().MAILBOX_SUPERVISE_MS, run: () => inbound.supervise() }] : []),
    { name: "inbound-mail", everyMs: config().INBOUND_INTERVAL_MS, run: () => processInboundEmails() },
    { name: "email-outbox", everyMs: config().OUTBOX_INTERVAL_MS, run: () => sendOutbox() },
    { name: "webhooks", everyMs: config().WEBHOOK_INTERVAL_MS, run: () => sendWebhooks() },
    { name: "sla-breaches", everyMs: config().SLA_CHECK_INTERVAL_MS, run: () => checkSlaBreaches() },
    // Aging and widening change who may take a waiting chat and in which order; estimates drift with time.
    {
      name: "queue-routing",
      everyMs: config().QUEUE_INTERVAL_MS,
      run: async () => {
        await scheduleAutoAssign();
        scheduleQueueBroadcast();
      },
    },
    { name: "close-solved-tickets", everyMs: config().AUTO_CLOSE_INTERVAL_MS, run: () => closeSolvedTickets() },
    // Reports' daily rollup: the days changes have marked, and those whose SLA targets fell due (docs/reports.md).
    { name: "report-rollup", everyMs: config().REPORT_ROLLUP_INTERVAL_MS, run: () => refreshRollup() },
    { name: "identity-jti-purge", everyMs: 600_000, run: () => purgeIdentityTokenUses() },
    { name: "unattached-uploads", everyMs: 3_600_000, run: () => deleteUnattachedAttachments() },
  ];
}

/** Started by server.ts after the database is ready; stopped on shutdown before the connection closes. */
export function startJobs(): Scheduler {
  if (config().JOBS === "0") return { stop: async () => {} };
  const inbound = inboundMail();
  const scheduler = startScheduler(beaconJobs(inbound));
  const { smtpPort, smtpHost, maxBytes } = inboundConfig();
  const receiver: Promise<SmtpReceiver | null> = smtpPort
    ? startSmtpReceiver({ port: smtpPort, host: smtpHost, maxBytes }).catch((error) => {
        logger.error({ err: error, port: smtpPort }, "inbound SMTP receiver could not start");
        return null;
      })
    : Promise.resolve(null);
  return {
    async stop() {
      await (await receiver)?.close();
      await scheduler.stop();
      await inbound.stop();
      closeTransport();
    },
  };
}
