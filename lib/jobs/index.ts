import { closeTransport } from "@/lib/mail/transport";
import { sendOutbox } from "@/lib/mail/send-outbox";
import { checkSlaBreaches } from "@/lib/services/sla/check-sla-breaches";
import { scheduleQueueBroadcast } from "@/lib/services/chat/broadcast-queue";
import { scheduleAutoAssign } from "@/lib/services/routing/auto-assign";
import { deleteUnattachedAttachments } from "@/lib/services/attachments/delete-unattached-attachments";
import { closeSolvedTickets } from "@/lib/services/tickets/close-solved-tickets";
import { startScheduler, type Job, type Scheduler } from "./scheduler";

const ms = (name: string, fallback: number) => Number(process.env[name] ?? fallback) || fallback;

/** Beacon's periodic work. JOBS=0 turns it off on an instance (e.g. a web-only replica). */
export function beaconJobs(): Job[] {
  return [
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
    { name: "unattached-uploads", everyMs: 3_600_000, run: () => deleteUnattachedAttachments() },
  ];
}

/** Started by server.ts after the database is ready; stopped on shutdown before the connection closes. */
export function startJobs(): Scheduler {
  if (process.env.JOBS === "0") return { stop: async () => {} };
  const scheduler = startScheduler(beaconJobs());
  return {
    async stop() {
      await scheduler.stop();
      closeTransport();
    },
  };
}
