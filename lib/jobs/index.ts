import { closeTransport } from "@/lib/mail/transport";
import { inboundMail, type InboundMail } from "@/lib/mail/inbound-mail";
import { startSmtpReceiver, type SmtpReceiver } from "@/lib/mail/smtp-receiver";
import { logger } from "@/lib/logger";
import { inboundConfig } from "@/lib/services/inbound-mail/inbound-config";
import { processInboundEmails } from "@/lib/services/inbound-mail/process-inbound-emails";
import { sendOutbox } from "@/lib/mail/send-outbox";
import { checkSlaBreaches } from "@/lib/services/sla/check-sla-breaches";
import { scheduleQueueBroadcast } from "@/lib/services/chat/broadcast-queue";
import { scheduleAutoAssign } from "@/lib/services/routing/auto-assign";
import { closeSolvedTickets } from "@/lib/services/tickets/close-solved-tickets";
import { startScheduler, type Job, type Scheduler } from "./scheduler";

const ms = (name: string, fallback: number) => Number(process.env[name] ?? fallback) || fallback;

/** Beacon's periodic work. JOBS=0 turns it off on an instance (e.g. a web-only replica). */
export function beaconJobs(inbound?: InboundMail): Job[] {
  return [
    // Mailbox readers (IMAP, one instance per mailbox by lease) and mail left unimported by a crash or an error.
    ...(inbound ? [{ name: "mailboxes", everyMs: ms("MAILBOX_SUPERVISE_MS", 10_000), run: () => inbound.supervise() }] : []),
    { name: "inbound-mail", everyMs: ms("INBOUND_INTERVAL_MS", 30_000), run: () => processInboundEmails() },
    { name: "email-outbox", everyMs: ms("OUTBOX_INTERVAL_MS", 5_000), run: () => sendOutbox() },
    { name: "sla-breaches", everyMs: ms("SLA_CHECK_INTERVAL_MS", 30_000), run: () => checkSlaBreaches() },
    // Aging and widening change who may take a waiting chat and in which order; estimates drift with time.
    {
      name: "queue-routing",
      everyMs: ms("QUEUE_INTERVAL_MS", 10_000),
      run: async () => {
        await scheduleAutoAssign();
        scheduleQueueBroadcast();
      },
    },
    { name: "close-solved-tickets", everyMs: ms("AUTO_CLOSE_INTERVAL_MS", 600_000), run: () => closeSolvedTickets() },
  ];
}

/** Started by server.ts after the database is ready; stopped on shutdown before the connection closes. */
export function startJobs(): Scheduler {
  if (process.env.JOBS === "0") return { stop: async () => {} };
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
