import type { PrismaClient } from "@/lib/db/generated/client";
import { TICKET_NUMBER_OFFSET, TICKET_PREFIX } from "@/lib/contracts/ticket";
import { messageIds } from "@/lib/mail/inbound/raw-headers";

const OUTBOX_ID = /^<outbox\.([^@>]+)@/;

/**
 * The ticket a mail answers: first by In-Reply-To / References against the Message-IDs Beacon sent (and the mails it
 * received), then by a ticket number in the subject — the latter only from the requester's own address, so a
 * stranger who guesses a number cannot write into someone's ticket. A merged ticket's replies go to its target.
 */
export async function findThread(
  prisma: PrismaClient,
  mail: { inReplyTo?: string; references?: string | string[]; subject: string; from: string },
): Promise<{ ticketId: string; by: "header" | "subject" } | null> {
  const refs = [...messageIds(mail.inReplyTo), ...[mail.references ?? []].flat().flatMap((value) => messageIds(value))];
  if (refs.length) {
    const outboxIds = refs.map((ref) => OUTBOX_ID.exec(ref)?.[1]).filter((id): id is string => Boolean(id));
    const [sent, received] = await Promise.all([
      outboxIds.length
        ? prisma.emailOutbox.findFirst({
            where: { id: { in: outboxIds }, ticketId: { not: null } },
            orderBy: { createdAt: "desc" },
            select: { ticketId: true },
          })
        : null,
      prisma.inboundEmail.findFirst({
        where: { messageId: { in: refs }, ticketId: { not: null } },
        orderBy: { receivedAt: "desc" },
        select: { ticketId: true },
      }),
    ]);
    const ticketId = sent?.ticketId ?? received?.ticketId;
    if (ticketId) return { ticketId: await followMerge(prisma, ticketId), by: "header" };
  }
  const match = new RegExp(`${TICKET_PREFIX}(\\d{6,})`, "i").exec(mail.subject);
  if (!match) return null;
  const ticket = await prisma.ticket.findFirst({
    where: {
      number: Number(match[1]) - TICKET_NUMBER_OFFSET,
      requester: {
        OR: [
          { contactEmail: { equals: mail.from, mode: "insensitive" } },
          { email: { equals: mail.from, mode: "insensitive" } },
        ],
      },
    },
    select: { id: true },
  });
  return ticket ? { ticketId: await followMerge(prisma, ticket.id), by: "subject" } : null;
}

/** A reply to a duplicate that was merged goes to the ticket it was merged into (merges keep this one hop). */
async function followMerge(prisma: PrismaClient, ticketId: string): Promise<string> {
  const row = await prisma.ticket.findUnique({ where: { id: ticketId }, select: { mergedIntoId: true } });
  return row?.mergedIntoId ?? ticketId;
}
