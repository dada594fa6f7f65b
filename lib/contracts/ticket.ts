import { z } from "zod";
import { email } from "./user";
import type { SlaBadge, SlaTargetDto } from "./sla";
import type { AccountActionNotice } from "./account-action";
import type { LocalizedText } from "@/lib/i18n/locales";
import type { AttachmentDto } from "./attachment";

// Shared by the forms, the route handlers and the socket commands (no server-only imports here).

export const TICKET_NUMBER_OFFSET = 100_000;
export const TICKET_PREFIX = "BCN-";
export const MAX_TICKET_ATTACHMENTS = 5;

export const TICKET_STATUSES = ["NEW", "OPEN", "PENDING", "ON_HOLD", "SOLVED", "CLOSED"] as const;
export const UNSOLVED_STATUSES = ["NEW", "OPEN", "PENDING", "ON_HOLD"] as const;
export const PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
export const CHANNELS = ["WEB", "CHAT", "EMAIL", "PHONE"] as const;
export const TICKET_VIEWS = ["mine", "unassigned", "team", "all", "atRisk", "waiting"] as const;

export type TicketStatus = (typeof TICKET_STATUSES)[number];
export type TicketView = (typeof TICKET_VIEWS)[number];

/** The sequence value 1 is shown as BCN-100001. */
export const formatTicketNumber = (number: number) => `${TICKET_PREFIX}${TICKET_NUMBER_OFFSET + number}`;

/** "BCN-100001", "bcn-100001" or "100001" → 1; anything else → null. */
export function parseTicketNumber(text: string): number | null {
  const match = /^(?:bcn-?)?(\d{6,10})$/i.exec(text.trim());
  if (!match) return null;
  const number = Number(match[1]) - TICKET_NUMBER_OFFSET;
  return Number.isSafeInteger(number) && number > 0 && number <= 2_147_483_647 ? number : null;
}

const id = z.string().trim().min(1).max(64);
const attachmentIds = z.array(id).max(MAX_TICKET_ATTACHMENTS).default([]);
const body = z.string().trim().min(1).max(20_000);

export const createTicketSchema = z.object({
  topic: z.string().trim().min(1).max(64),
  subject: z.string().trim().min(3).max(200),
  description: z.string().trim().min(10).max(20_000),
  /** Guests only: where replies go. Ignored for signed-in accounts. */
  email: email.optional(),
  name: z.string().trim().max(80).optional(),
  attachmentIds,
});
export type CreateTicketInput = z.input<typeof createTicketSchema>;

/** The guest form asks for the email as well. */
export const guestTicketSchema = createTicketSchema.extend({ email });

export const guestIdentitySchema = z.object({ email, name: z.string().trim().max(80).optional() });

/** The secret of a tracking link (`?key=`), the same rule on the page, over HTTP and on the socket. */
const trackingKey = z.string().trim().min(16).max(128);
export const trackingKeySchema = z.object({ key: trackingKey.optional() });

export const replyTicketSchema = z.object({
  body,
  /** Agents: a public reply (default) or an internal note. Customers always reply publicly. */
  internal: z.boolean().default(false),
  /** Agents: the status to leave the ticket in ("submit as pending"), applied with the reply. */
  status: z.enum(TICKET_STATUSES).optional(),
  attachmentIds,
});
export type ReplyTicketInput = z.input<typeof replyTicketSchema>;

const tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40)
  .refine((value) => /^[\p{L}\p{N}][\p{L}\p{N}_\-.]*$/u.test(value), { params: { messageKey: "validation.tag" } });

export const updateTicketSchema = z
  .object({
    status: z.enum(TICKET_STATUSES),
    priority: z.enum(PRIORITIES),
    assigneeId: id.nullable(),
    teamId: id.nullable(),
    tags: z.array(tag).max(20),
    subject: z.string().trim().min(3).max(200),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, { params: { messageKey: "validation.nothingToChange" } });
export type UpdateTicketInput = z.input<typeof updateTicketSchema>;

/** A ticket as people write it ("BCN-100001"), parsed to its sequence number. */
export const ticketRefSchema = z
  .string()
  .transform((value) => parseTicketNumber(value))
  .refine((value): value is number => value !== null, { params: { messageKey: "validation.ticketRef" } })
  .transform((value) => value as number);

/** Agents: merge this ticket (a duplicate) into another, named as people write it. */
export const mergeTicketSchema = z.object({ into: ticketRefSchema });
/** Agents: link (or unlink) a related ticket. */
export const linkTicketSchema = z.object({ ticket: ticketRefSchema });

const bulkTickets = z.array(ticketRefSchema).min(1).max(100);
export const bulkTicketsSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("assign"), tickets: bulkTickets, assigneeId: id.nullable() }),
  z.object({ action: z.literal("solve"), tickets: bulkTickets }),
  z.object({ action: z.literal("close"), tickets: bulkTickets }),
]);
export type BulkTicketsInput = z.input<typeof bulkTicketsSchema>;

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value),
    z.array(item).max(10),
  );

export const listTicketsSchema = z.object({
  view: z.enum(TICKET_VIEWS).optional(),
  status: csv(z.enum(TICKET_STATUSES)).optional(),
  priority: csv(z.enum(PRIORITIES)).optional(),
  channel: csv(z.enum(CHANNELS)).optional(),
  teamId: id.optional(),
  assigneeId: id.optional(),
  tag: tag.optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListTicketsInput = z.input<typeof listTicketsSchema>;

/** Socket commands name a ticket as every other wire does, by its ref; the handlers get its sequence number. */
export const watchTicketSchema = z
  .object({ ref: ticketRefSchema, key: trackingKey.optional() })
  .transform(({ ref, key }) => ({ number: ref, key }));
export const unwatchTicketSchema = z.object({ ref: ticketRefSchema }).transform(({ ref }) => ({ number: ref }));
export const ticketPresenceSchema = z
  .object({ ref: ticketRefSchema, replying: z.boolean() })
  .transform(({ ref, replying }) => ({ number: ref, replying }));
export const convertConversationSchema = z.object({ subject: z.string().trim().min(3).max(200).optional() });
// The shapes the ticket API returns (also the props of components/tickets).
export type NamedRef = { id: string; name: LocalizedText };

export type TicketSummaryDto = {
  id: string;
  ref: string;
  subject: string;
  status: TicketStatus;
  priority: (typeof PRIORITIES)[number];
  channel: (typeof CHANNELS)[number];
  tags: string[];
  requester: { id: string; name: string; email: string | null; isGuest: boolean; vipLevel: number };
  /** Filed by a customer whose identity the exchange signed (agents only). */
  verified: boolean;
  assignee: { id: string; name: string } | null;
  team: NamedRef | null;
  topic: (NamedRef & { slug: string }) | null;
  createdAt: string;
  updatedAt: string;
  slaDueAt: string | null;
  sla: SlaBadge;
};

export type TicketDetailDto = TicketSummaryDto & {
  viewer: "agent" | "requester" | "key";
  entries: TicketEntryDto[];
  firstResponse: SlaTargetDto;
  resolution: SlaTargetDto;
  solvedAt: string | null;
  closedAt: string | null;
  /** Until when the customer may reopen a solved ticket (null: not solved, or closed for good). */
  reopenableUntil: string | null;
  conversationId: string | null;
  locale: string;
  /** A duplicate merged into another ticket: where its thread went (its tracking link leads there). */
  mergedInto: { ref: string; href: string } | null;
  /** Related tickets (agents only; empty for customers). */
  links: TicketLinkDto[];
  /** The requester's rating, once given (solved and closed tickets). */
  rating: TicketRatingDto | null;
};

export type TicketLinkDto = { ref: string; subject: string; status: TicketStatus };

/** Tickets: a line of the thread as browsers see it (notes only ever reach agents). */
export type TicketEventData = {
  type:
    | "created"
    | "status"
    | "priority"
    | "assignee"
    | "team"
    | "tags"
    | "subject"
    | "reopened"
    | "trackingKey"
    | "slaBreached"
    | "converted"
    | "accountAction"
    | "caseUpdate"
    | "merged"
    | "mergedFrom"
    | "linked"
    | "unlinked";
  /** For `accountAction`: what the exchange did, for the customer's line. */
  notice?: AccountActionNotice;
  from?: string | null;
  to?: string | null;
  added?: string[];
  removed?: string[];
};

export type TicketEntryDto = {
  id: string;
  ticketId: string;
  kind: "REPLY" | "NOTE" | "EVENT";
  author: { id: string; name: string; side: "CUSTOMER" | "AGENT" } | null;
  body: string;
  event: TicketEventData | null;
  createdAt: string;
  attachments: AttachmentDto[];
};

/** Someone else on a ticket, for the "is viewing / is replying" sign. */
export type TicketPresenceDto = { userId: string; name: string; replying: boolean };

/** The requester's rating of a solved ticket: 1–5 and a reason; `reopen` asks for a follow-up on a low score. */
export const LOW_TICKET_RATING = 2;
export const rateTicketSchema = z.object({
  score: z.number().int().min(1).max(5),
  reason: z.string().trim().max(1000).default(""),
  reopen: z.boolean().default(false),
});
export type RateTicketInput = z.output<typeof rateTicketSchema>;
export type TicketRatingDto = { score: number; reason: string; createdAt: string };
