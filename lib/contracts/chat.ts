import { z } from "zod";
import { email } from "./user";
import { LOCALES, type LocalizedText } from "@/lib/i18n/locales";
import type { AccountActionNotice } from "./account-action";
import type { AttachmentDto } from "./attachment";

// One set of schemas for the socket commands, the HTTP API and the forms (docs/architecture.md: the same zod at every boundary).

export const MAX_MESSAGE_LENGTH = 5000;
export const MAX_MESSAGE_ATTACHMENTS = 10;
/** How many messages one `conversation.join` or history page returns at most; the client asks again for more. */
export const MESSAGE_PAGE_SIZE = 500;

const id = z.string().trim().min(1).max(64);
/** The sender's idempotency key: a UUID or similar, unique per conversation. */
const clientId = z
  .string()
  .trim()
  .min(8)
  .max(64)
  .regex(/^[\w-]+$/);

const messageFields = {
  clientId,
  body: z.string().trim().max(MAX_MESSAGE_LENGTH).default(""),
  attachmentIds: z.array(id).max(MAX_MESSAGE_ATTACHMENTS).default([]),
};

/** Text (trimmed, ≤ 5,000 characters) and/or attachments; a message with neither is refused. */
function needsContent(value: { body: string; attachmentIds: string[] }, ctx: z.RefinementCtx): void {
  if (!value.body && value.attachmentIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["body"], params: { messageKey: "errors.messageEmpty" }, input: value.body });
  }
}

export const conversationIdSchema = z.object({ conversationId: id });

/** Message seqs are PostgreSQL integers: at most 2^31 − 1 (more would be a database error, not a 400). */
const MAX_SEQ = 2 ** 31 - 1;
const seq = () => z.coerce.number().int().min(0).max(MAX_SEQ);

export const joinConversationSchema = z.object({
  conversationId: id,
  afterSeq: seq().default(0),
});

export const messageHistorySchema = z.object({
  afterSeq: seq().default(0),
  limit: z.coerce.number().int().min(1).max(MESSAGE_PAGE_SIZE).default(MESSAGE_PAGE_SIZE),
});

export const sendMessageSchema = z
  .object({ conversationId: id, ...messageFields, internal: z.boolean().default(false) })
  .superRefine(needsContent);

/** The same message over HTTP, where the conversation comes from the path. */
export const postMessageSchema = z
  .object({ ...messageFields, internal: z.boolean().default(false) })
  .superRefine(needsContent);

export const typingSchema = z.object({ conversationId: id, typing: z.boolean() });

export const readSchema = z.object({ conversationId: id, seq: z.number().int().min(0).max(MAX_SEQ) });

const transferFields = { toAgentId: id.optional(), toTeamId: id.optional() };
const oneTarget = (value: { toAgentId?: string; toTeamId?: string }) =>
  Boolean(value.toAgentId) !== Boolean(value.toTeamId);
const oneTargetMessage = { path: ["toAgentId"], params: { messageKey: "errors.transferTargetRequired" } };

/** Exactly one of an agent or a team. */
export const transferTargetSchema = z.object(transferFields).refine(oneTarget, oneTargetMessage);
export const transferSchema = z.object({ conversationId: id, ...transferFields }).refine(oneTarget, oneTargetMessage);

/** A signed-in customer (or a returning guest) starts a chat: a topic and, usually, the first message. */
export const startConversationSchema = z.object({
  topic: z.string().trim().max(64).optional(),
  locale: z.enum(LOCALES).optional(),
  message: z.object(messageFields).superRefine(needsContent).optional(),
});

/** The pre-chat form of a visitor: name, email and topic, then the first message. */
export const guestStartConversationSchema = startConversationSchema.extend({
  name: z.string().trim().min(1).max(80),
  email,
});

export type StartConversationInput = z.input<typeof guestStartConversationSchema>;

export const rateConversationSchema = z.object({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).optional(),
});

export const findConversationsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).optional(),
  status: z.enum(["open", "closed", "all"]).default("all"),
  cursor: id.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

// What browsers receive (DTOs): the server maps rows to these, the event registry refers to them.

/** A help-center article the console suggests for a chat, in the chat's language (`path` is the article's page). */
export type ArticleSuggestion = { slug: string; title: string; path: string };

export type AgentStatus = "ONLINE" | "AWAY" | "OFFLINE";
export type AuthorKind = "CUSTOMER" | "AGENT" | "BOT" | "SYSTEM";
export type ConversationStatus = "BOT" | "QUEUED" | "ACTIVE" | "CLOSED";
export type Priority = "LOW" | "NORMAL" | "HIGH" | "URGENT";

export type MessageDto = {
  id: string;
  conversationId: string;
  seq: number;
  authorKind: AuthorKind;
  authorName: string | null;
  body: string;
  internal: boolean;
  clientId: string | null;
  meta: unknown;
  createdAt: string;
  attachments: AttachmentDto[];
};

/** What a SYSTEM message records (in `meta`); browsers render it in the reader's language. */
export type SystemEvent =
  | { event: "agent_joined"; name: string }
  | { event: "transferred_agent"; from: string | null; to: string }
  | { event: "transferred_team"; from: string | null; team: LocalizedText }
  | { event: "closed"; by: "CUSTOMER" | "AGENT"; name: string }
  /** The exchange did what an agent asked (freeze, …): the customer is told, in their language, what and when. */
  | ({ event: "account_action" } & AccountActionNotice)
  /** An agent's case update (investigation progress, advice), shown as a highlighted card. */
  | { event: "case_update"; name: string; body: string };

export type ConversationDto = {
  id: string;
  status: ConversationStatus;
  priority: Priority;
  customerId: string;
  customerName: string;
  assigneeId: string | null;
  assigneeName: string | null;
  teamId: string | null;
  topicId: string | null;
  lastSeq: number;
  customerLastReadSeq: number;
  agentLastReadSeq: number;
  queuedAt: string | null;
  createdAt: string;
  closedAt: string | null;
  /** Added by live chat: the conversation's language, the customer's VIP level, when an agent took it, the rating. */
  locale: string;
  customerVipLevel: number;
  assignedAt: string | null;
  updatedAt: string;
  csat: number | null;
};

export type QueueEntryDto = {
  conversationId: string;
  priority: Priority;
  teamId: string | null;
  waitingSince: string;
  customerName: string;
  topicId: string | null;
  vipLevel: number;
  /** The customer's latest message, shortened, so an agent sees what the chat is about before taking it. */
  preview: string | null;
};
