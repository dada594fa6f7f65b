import type { Prisma } from "@/lib/db/generated/client";
import { logger } from "@/lib/logger";
import { queueAddressConfirmation } from "./address-confirmation";
import { isProven, normaliseAddress, overRecipientLimit } from "./recipients";
import { ticketThreading } from "./threading";

/** Anything that can write an outbox row: the Prisma client or, better, the transaction that caused the mail. */
export type OutboxWriter = Pick<
  Prisma.TransactionClient,
  "emailOutbox" | "inboundEmail" | "mailbox" | "provenAddress" | "authToken"
>;

/**
 * `ticketId`: the ticket the mail is about, so an answer naming its Message-ID threads back into that ticket.
 * `beaconTextOnly`: the mail carries nothing anyone typed (account links, confirmations); anything else — a
 * transcript, a ticket's subject, a reply, the requester's name — waits until the address is proven.
 * `locale`: the language of the confirmation sent in its place meanwhile.
 */
export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  ticketId?: string | null;
  beaconTextOnly?: boolean;
  locale?: string | null;
};

export type Queued = { id: string; status: "PENDING" | "HELD" | "FAILED" };

/**
 * Queues one email in the outbox. Call it with the transaction that makes the change the mail announces, so the
 * mail exists exactly when the change does; the outbox job (lib/jobs) sends it later with retries. The row id also
 * names the message (its Message-ID), so a resend after a crash is recognisable as the same mail.
 *
 * People's text to an unproven address is HELD (sent once the owner proves the address) and the address gets only
 * a confirmation with a link; past the per-recipient limit a mail is stored FAILED, for an admin to resend.
 */
export async function enqueueEmail(tx: OutboxWriter, email: OutgoingEmail): Promise<Queued> {
  const to = normaliseAddress(email.to);
  const proven = await isProven(tx, to);
  const held = !email.beaconTextOnly && !proven;
  const limited = !held && (await overRecipientLimit(tx, to, proven));
  if (limited) logger.warn({ to, proven }, "per-recipient mail limit reached: mail not sent");
  // A mail about a ticket joins the customer's email thread (headers computed before this row exists).
  const threading = email.ticketId ? await ticketThreading(tx, email.ticketId) : {};
  const status = held ? "HELD" : limited ? "FAILED" : "PENDING";
  const row = await tx.emailOutbox.create({
    data: {
      to,
      subject: email.subject.slice(0, 500),
      text: email.text,
      html: email.html ?? null,
      ticketId: email.ticketId ?? null,
      status,
      lastError: limited ? "recipientLimit" : null,
      ...threading,
    },
    select: { id: true },
  });
  if (held) await queueAddressConfirmation(tx, to, email.locale ?? null);
  return { id: row.id, status };
}
