import type { Prisma } from "@/lib/db/generated/client";
import type { AccountActionNotice } from "@/lib/contracts/account-action";
import { conversationSelect, messageSelect, toConversationDto, toMessageDto } from "@/lib/conversations/dto";
import { insertMessage } from "@/lib/conversations/insert-message";
import { publishMessage } from "@/lib/conversations/publish";
import { insertSystemMessage } from "@/lib/conversations/system-message";
import { publishTicketUpdated } from "@/lib/services/tickets/publish-ticket";
import { entrySelect, toEntryDto } from "@/lib/tickets/dto";

type Tx = Prisma.TransactionClient;
export type TimelineLine =
  | { kind: "notice"; notice: AccountActionNotice }
  | { kind: "note"; text: string }
  | { kind: "caseUpdate"; name: string; body: string };
export type Written = { publish(): void };

const publishedTicket = {
  id: true,
  number: true,
  status: true,
  updatedAt: true,
  priority: true,
  subject: true,
  tags: true,
  teamId: true,
  requesterId: true,
  slaDueAt: true,
  assignee: { select: { id: true, name: true } },
} as const;

/** A line in a chat: the customer's notice or case update (a system line), or an agents-only note. */
export async function writeChatLine(
  tx: Tx,
  conversationId: string,
  agent: { id: string },
  line: TimelineLine,
): Promise<Written> {
  const { message } =
    line.kind === "note"
      ? await insertMessage(tx, {
          conversationId,
          authorKind: "AGENT",
          authorId: agent.id,
          body: line.text,
          internal: true,
        })
      : await insertSystemMessage(
          tx,
          conversationId,
          line.kind === "notice"
            ? { event: "account_action", ...line.notice }
            : { event: "case_update", name: line.name, body: line.body },
        );
  const stored = await tx.message.findUniqueOrThrow({ where: { id: message.id }, select: messageSelect });
  const conversation = toConversationDto(
    await tx.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: conversationSelect }),
  );
  return { publish: () => publishMessage(toMessageDto(stored), conversation) };
}

/** A line in a ticket: the customer's notice (an event), a case update (a public reply) or an agents-only note. */
export async function writeTicketLine(
  tx: Tx,
  ticketId: string,
  agent: { id: string; name: string },
  line: TimelineLine,
): Promise<Written> {
  const data =
    line.kind === "notice"
      ? { kind: "EVENT" as const, body: "", event: { type: "accountAction", notice: line.notice } }
      : line.kind === "caseUpdate"
        ? { kind: "REPLY" as const, body: line.body, event: { type: "caseUpdate" } }
        : { kind: "NOTE" as const, body: line.text };
  const entry = await tx.ticketEntry.create({ data: { ticketId, authorId: agent.id, ...data }, select: entrySelect });
  const ticket = await tx.ticket.update({
    where: { id: ticketId },
    data: { updatedAt: new Date() },
    select: publishedTicket,
  });
  return { publish: () => publishTicketUpdated(ticket, [toEntryDto(entry, ticket.requesterId)], agent) };
}
