import type { Transporter } from "nodemailer";
import { getConnection } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { appUrl } from "@/lib/config";
import { getTransport, mailFrom } from "./transport";

/** A claimed row is retried after this when its worker vanished mid-send (crash, deploy). */
export const OUTBOX_LEASE_MS = 5 * 60_000;
/** After this many failed attempts a mail is FAILED and waits for an admin (app/admin/outbox). */
export const OUTBOX_MAX_ATTEMPTS = 8;

/** 30 s, 1 min, 2 min, … at most an hour between attempts. */
export const retryDelayMs = (attempts: number) => Math.min(3600_000, 30_000 * 2 ** Math.max(0, attempts - 1));

export type Claimed = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attempts: number;
  inReplyTo?: string | null;
  references?: string | null;
  replyTo?: string | null;
};

/**
 * The Message-ID of an outbox row: the same on every attempt, so if a send is repeated after a crash (the SMTP
 * server took the mail, the process died before recording it) receiving systems see one message, not two.
 */
export function outboxMessageId(id: string): string {
  const host = new URL(appUrl()).hostname || "beacon.localhost";
  return `<outbox.${id}@${host}>`;
}

/**
 * Claims due rows in one statement: `FOR UPDATE SKIP LOCKED` so instances never take the same row, and a lease
 * (nextAttemptAt moved ahead, attempts counted) so a row whose worker died is retried later — not lost.
 */
export async function claimDueEmails(limit: number, now: Date, ids?: string[]): Promise<Claimed[]> {
  const { sql } = await getConnection();
  return sql.query<Claimed>(
    `UPDATE "EmailOutbox" o SET "attempts" = o."attempts" + 1, "nextAttemptAt" = $2::timestamp
     WHERE o."id" IN (
       SELECT "id" FROM "EmailOutbox" WHERE "status" = 'PENDING' AND "nextAttemptAt" <= $1::timestamp
         AND ($4::text[] IS NULL OR "id" = ANY($4::text[]))
       ORDER BY "nextAttemptAt" LIMIT $3 FOR UPDATE SKIP LOCKED
     )
     RETURNING o."id", o."to", o."subject", o."text", o."html", o."attempts", o."inReplyTo", o."references", o."replyTo"`,
    [now.toISOString(), new Date(now.getTime() + OUTBOX_LEASE_MS).toISOString(), limit, ids ?? null],
  );
}

/** Hands one claimed mail to SMTP, named by its stable Message-ID. */
export async function deliver(transport: Pick<Transporter, "sendMail">, row: Claimed): Promise<void> {
  await transport.sendMail({
    from: mailFrom(),
    to: row.to,
    subject: row.subject,
    text: row.text,
    html: row.html ?? undefined,
    messageId: outboxMessageId(row.id),
    inReplyTo: row.inReplyTo ?? undefined,
    references: row.references ?? undefined,
    replyTo: row.replyTo ?? undefined,
    headers: { "X-Beacon-Outbox-Id": row.id, "Auto-Submitted": "auto-generated" },
  });
}

async function record(
  row: Claimed,
  outcome: { sent: true } | { sent: false; error: unknown },
): Promise<"sent" | "retry" | "failed"> {
  const { sql } = await getConnection();
  if (outcome.sent) {
    await sql.query(
      `UPDATE "EmailOutbox" SET "status" = 'SENT', "sentAt" = $2::timestamp, "lastError" = NULL WHERE "id" = $1`,
      [row.id, new Date().toISOString()],
    );
    return "sent";
  }
  const error = outcome.error as { message?: string; responseCode?: number };
  // A 5xx answer is permanent (no such mailbox, refused): retrying would only repeat it.
  const permanent = typeof error.responseCode === "number" && error.responseCode >= 500;
  const failed = permanent || row.attempts >= OUTBOX_MAX_ATTEMPTS;
  await sql.query(
    `UPDATE "EmailOutbox" SET "status" = $2::"OutboxStatus", "nextAttemptAt" = $3::timestamp, "lastError" = $4 WHERE "id" = $1`,
    [
      row.id,
      failed ? "FAILED" : "PENDING",
      new Date(Date.now() + retryDelayMs(row.attempts)).toISOString(),
      String(error.message ?? error).slice(0, 1000),
    ],
  );
  return failed ? "failed" : "retry";
}

export type OutboxRun = { sent: number; retry: number; failed: number };

/**
 * One pass of the outbox job: sends every due mail through SMTP_URL. Without SMTP configured nothing is claimed:
 * mail waits in the outbox (admins see it) and goes out once SMTP is set. Delivery to the SMTP server is
 * at-least-once; the stable Message-ID makes a repeat after a crash recognisable as the same message.
 */
export async function sendOutbox({
  limit = 20,
  transport = getTransport(),
  now,
  ids,
}: {
  limit?: number;
  transport?: Pick<Transporter, "sendMail"> | null;
  now?: Date;
  /** Only these rows (tests on a shared database); the job sends everything due. */
  ids?: string[];
} = {}): Promise<OutboxRun> {
  const run: OutboxRun = { sent: 0, retry: 0, failed: 0 };
  if (!transport) return run;
  for (;;) {
    const rows = await claimDueEmails(limit, now ?? new Date(), ids);
    for (const row of rows) {
      let outcome: { sent: true } | { sent: false; error: unknown };
      try {
        await deliver(transport, row);
        outcome = { sent: true };
      } catch (error) {
        logger.warn({ err: error, outboxId: row.id, attempt: row.attempts }, "email send failed");
        outcome = { sent: false, error };
      }
      run[await record(row, outcome)]++;
    }
    if (rows.length < limit) return run;
  }
}
