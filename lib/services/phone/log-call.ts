import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/locales";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import type { LoggedCall, logCallSchema } from "@/lib/contracts/phone";
import { createTicket } from "@/lib/services/tickets/create-ticket";

type Input = z.output<typeof logCallSchema>;

/** The caller: the account with that email, else a new guest (an address alone never opens an account's history). */
async function callerId(prisma: PrismaClient, input: Input, locale: Locale): Promise<string> {
  const account = await prisma.user.findFirst({
    where: { email: { equals: input.customerEmail, mode: "insensitive" }, isGuest: false },
    select: { id: true },
  });
  if (account) return account.id;
  const name = input.customerName || input.customerEmail.split("@")[0];
  return (
    await prisma.user.create({
      data: { contactEmail: input.customerEmail, name, isGuest: true, locale },
      select: { id: true },
    })
  ).id;
}

/**
 * An agent logs a call on a customer and, when asked, files a ticket for them (channel PHONE, the customer as
 * requester, so they get the number, tracking link and confirmation email as if they had filed it). The call and the
 * ticket commit together.
 */
export async function logCall({
  actor,
  input,
  locale: agentLocale,
}: {
  actor: Actor;
  input: Input;
  locale: Locale;
}): Promise<LoggedCall> {
  const agent = requireAgent(actor);
  const locale = input.locale ?? agentLocale;
  const prisma = await getPrisma();
  const customerId = await callerId(prisma, input, locale);
  const call = {
    customerId,
    agentId: agent.id,
    direction: input.direction,
    phoneNumber: input.phoneNumber,
    durationSeconds: input.durationSeconds,
    notes: input.notes,
  };
  if (!input.ticket) {
    const row = await prisma.phoneCall.create({ data: call, select: { id: true } });
    return { id: row.id, customerId, ticket: null };
  }
  let callId = "";
  const ticket = await createTicket({
    actor: null,
    locale,
    input: { ...input.ticket, attachmentIds: [] },
    origin: {
      channel: "PHONE",
      requesterId: customerId,
      inTransaction: async (tx, created) => {
        callId = (await tx.phoneCall.create({ data: { ...call, ticketId: created.ticketId }, select: { id: true } }))
          .id;
      },
    },
  });
  return { id: callId, customerId, ticket: { ref: formatTicketNumber(ticket.number) } };
}
