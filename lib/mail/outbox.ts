import type { Prisma } from "@/lib/db/generated/client";
import { ticketThreading } from "./threading";

/** Anything that can write an outbox row: the Prisma client or, better, the transaction that caused the mail. */
export type OutboxWriter = Pick<Prisma.TransactionClient, "emailOutbox" | "inboundEmail" | "mailbox">;

/** `ticketId`: the ticket the mail is about, so an answer naming its Message-ID threads back into that ticket. */
export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  ticketId?: string | null;
};

/**
 * Queues one email in the outbox. Call it with the transaction that makes the change the mail announces, so the
 * mail exists exactly when the change does; the outbox job (lib/jobs) sends it later with retries. Returns the row id,
 * which also names the message (its Message-ID), so a resend after a crash is recognisable as the same mail.
 */
export async function enqueueEmail(tx: OutboxWriter, email: OutgoingEmail): Promise<string> {
  // A mail about a ticket joins the customer's email thread (headers computed before this row exists).
  const threading = email.ticketId ? await ticketThreading(tx, email.ticketId) : {};
  const row = await tx.emailOutbox.create({
    data: {
      to: email.to,
      subject: email.subject.slice(0, 500),
      text: email.text,
      html: email.html ?? null,
      ticketId: email.ticketId ?? null,
      ...threading,
    },
    select: { id: true },
  });
  return row.id;
}
