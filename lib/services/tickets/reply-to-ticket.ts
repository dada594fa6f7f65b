import { isAgent, type Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { TicketStatus } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import type { TicketEventData } from "@/lib/contracts/ticket";
import { publishNotifications, type NotificationRow } from "@/lib/services/notifications/notify";
import { loadReopenDays, loadSlaConfig, reopenDeadline } from "@/lib/services/sla/sla-config";
import type { replyTicketSchema } from "@/lib/contracts/ticket";
import type { z } from "zod";
import { linkAttachments } from "./link-attachments";
import { assignAfterCommit } from "./assign-by-load";
import { publishTicketUpdated } from "./publish-ticket";
import { searchTerms } from "@/lib/tickets/search-document";
import { ticketAccessWhere, viewerOf } from "@/lib/tickets/access";
import { entrySelect, toEntryDto } from "@/lib/tickets/dto";
import { noticeAgentReply, noticeCustomerActivity, noticeNote } from "./ticket-notices";
import { assertOpenForChanges, lockTicket, saveTicket, statusChange, type TicketState } from "./ticket-state";

type Tx = Prisma.TransactionClient;
type ReplyInput = z.output<typeof replyTicketSchema>;

/** A customer writing to a solved ticket reopens it, within the reopen window; after that it is closed to them. */
export function customerStatusAfterReply(
  ticket: Pick<TicketState, "status" | "solvedAt">,
  reopenDays: number,
  now: Date,
): TicketStatus {
  if (ticket.status === "SOLVED") {
    if (!ticket.solvedAt || reopenDeadline(ticket.solvedAt, reopenDays) <= now)
      throw new AppError("CONFLICT", "reopenWindowPassed");
    return "OPEN";
  }
  return ticket.status === "NEW" ? "NEW" : "OPEN";
}

/** The thread's text joins the search document (appended in SQL, so concurrent replies never drop each other's terms). */
async function indexText(tx: Tx, ticketId: string, text: string): Promise<void> {
  const terms = searchTerms(text).join(" ");
  if (terms)
    await tx.$executeRaw`UPDATE "Ticket" SET "searchDocument" = left("searchDocument" || ${`\n${terms}`}, 60000) WHERE "id" = ${ticketId}`;
}

/**
 * A reply on the thread. Agents write public replies (first response, email to the requester) or internal notes,
 * and may set the status in the same step; the requester (or a tracking-key holder, on their behalf) replies
 * publicly, which reopens a solved ticket within the reopen window. All in one transaction, published after commit.
 */
export async function replyToTicket({
  actor,
  number,
  key,
  input,
  inTransaction,
}: {
  actor: Actor | null;
  number: number;
  key?: string | null;
  input: ReplyInput;
  /** Work that commits with the reply or not at all (an inbound mail marked done, its files attached). */
  inTransaction?: (tx: Tx, created: { ticketId: string; entryId: string }) => Promise<void>;
}) {
  const prisma = await getPrisma();
  const [sla, reopenDays] = await Promise.all([loadSlaConfig(prisma), loadReopenDays(prisma)]);
  const result = await prisma.$transaction(async (tx) => {
    const now = new Date();
    const ticket = await lockTicket(tx, { number, ...ticketAccessWhere(actor, key) });
    assertOpenForChanges(ticket);
    const agent = isAgent(actor) && viewerOf(actor, ticket) === "agent" ? actor : null;
    const internal = Boolean(agent && input.internal);
    const authorId = agent?.id ?? ticket.requesterId;
    const entry = await tx.ticketEntry.create({
      data: { ticketId: ticket.id, kind: internal ? "NOTE" : "REPLY", authorId, body: input.body, createdAt: now },
      select: { id: true },
    });
    await linkAttachments(tx, { ids: input.attachmentIds, uploaderId: actor?.id ?? null, entryId: entry.id });
    await inTransaction?.(tx, { ticketId: ticket.id, entryId: entry.id });

    const data: Prisma.TicketUncheckedUpdateInput = {};
    const events: { authorId: string | null; event: TicketEventData }[] = [];
    let status: TicketStatus | undefined;
    if (agent) {
      status = input.status ?? (!internal && ticket.status === "NEW" ? "OPEN" : undefined);
      if (status === "NEW" && ticket.status !== "NEW")
        throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, { status: "statusBackToNew" });
      if (!internal && !ticket.firstRespondedAt) data.firstRespondedAt = now;
      if (!internal && !ticket.assigneeId) {
        data.assigneeId = agent.id;
        events.push({ authorId: agent.id, event: { type: "assignee", from: null, to: agent.name } });
      }
    } else {
      status = customerStatusAfterReply(ticket, reopenDays, now);
    }
    if (status && status !== ticket.status) {
      Object.assign(data, statusChange(ticket, status, sla, now));
      const reopened = ticket.status === "SOLVED" && !agent;
      events.push({
        authorId,
        event: reopened
          ? { type: "reopened", from: ticket.status, to: status }
          : { type: "status", from: ticket.status, to: status },
      });
    }
    const { saved, entryIds } = await saveTicket(tx, ticket, data, sla, events, now);
    await indexText(tx, ticket.id, input.body);

    const notifications: NotificationRow[] = [];
    const solvedNow = status === "SOLVED" && ticket.status !== "SOLVED";
    if (agent && !internal && ticket.requesterId !== agent.id) {
      notifications.push(
        ...(await noticeAgentReply(
          tx,
          ticket,
          { author: agent.name, body: input.body },
          solvedNow ? reopenDays : null,
        )),
      );
    } else if (agent && internal) {
      notifications.push(...(await noticeNote(tx, ticket, agent.id, agent.name, input.body)));
    } else if (!agent) {
      notifications.push(
        ...(await noticeCustomerActivity(tx, ticket, ticket.status === "SOLVED" ? "reopened" : "replied", input.body)),
      );
    }
    const rows = await tx.ticketEntry.findMany({
      where: { id: { in: [entry.id, ...entryIds] } },
      select: entrySelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const author = agent
      ? { id: agent.id, name: agent.name }
      : { id: ticket.requester.id, name: ticket.requester.name };
    return {
      saved,
      entries: rows.map((row) => toEntryDto(row, ticket.requesterId)),
      notifications,
      author,
      entryId: entry.id,
      reopened: !agent && ticket.status === "SOLVED",
    };
  });
  publishTicketUpdated(result.saved, result.entries, result.author);
  publishNotifications(result.notifications);
  if (result.reopened) await assignAfterCommit(result.saved.id);
  return {
    entry: result.entries.find((e) => e.id === result.entryId)!,
    entries: result.entries,
    status: result.saved.status,
  };
}
