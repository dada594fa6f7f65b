import type { Prisma } from "@/lib/db/generated/client";
import { outboxMessageId } from "./send-outbox";

export type ThreadReader = Pick<Prisma.TransactionClient, "emailOutbox" | "inboundEmail" | "mailbox">;
export type Threading = { inReplyTo: string | null; references: string | null; replyTo: string | null };

const MAX_REFERENCES = 10;

/**
 * How a mail about a ticket joins the customer's thread: In-Reply-To the customer's latest mail (else Beacon's last
 * mail on the ticket), References the ticket's earlier Message-IDs, and Reply-To the mailbox the customer wrote to
 * (else the first active mailbox), so an answer comes back to a mailbox Beacon reads and threads by these headers.
 */
export async function ticketThreading(tx: ThreadReader, ticketId: string): Promise<Threading> {
  const [received, sent] = await Promise.all([
    tx.inboundEmail.findMany({
      where: { ticketId, status: "PROCESSED" },
      orderBy: { receivedAt: "desc" },
      take: MAX_REFERENCES,
      select: { messageId: true, receivedAt: true, mailbox: { select: { address: true, active: true } } },
    }),
    tx.emailOutbox.findMany({
      where: { ticketId },
      orderBy: { createdAt: "desc" },
      take: MAX_REFERENCES,
      select: { id: true, createdAt: true },
    }),
  ]);
  const ids = [
    ...received.map((r) => ({ id: r.messageId, at: r.receivedAt })),
    ...sent.map((s) => ({ id: outboxMessageId(s.id), at: s.createdAt })),
  ]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .slice(-MAX_REFERENCES)
    .map((entry) => entry.id);
  const inReplyTo = received[0]?.messageId ?? ids[ids.length - 1] ?? null;
  const box =
    received.find((r) => r.mailbox?.active)?.mailbox ??
    (await tx.mailbox.findFirst({ where: { active: true }, orderBy: { createdAt: "asc" }, select: { address: true } }));
  return { inReplyTo, references: ids.length ? ids.join(" ") : null, replyTo: box?.address ?? null };
}
