import type { Prisma } from "@/lib/db/generated/client";
import type { ConversationDto, MessageDto, QueueEntryDto } from "@/lib/contracts/chat";
import { toAttachmentDto } from "@/lib/contracts/attachment";

export const conversationSelect = {
  id: true,
  status: true,
  priority: true,
  customerId: true,
  assigneeId: true,
  teamId: true,
  topicId: true,
  locale: true,
  lastSeq: true,
  customerLastReadSeq: true,
  agentLastReadSeq: true,
  queuedAt: true,
  assignedAt: true,
  firstResponseAt: true,
  createdAt: true,
  updatedAt: true,
  closedAt: true,
  csat: true,
  customer: { select: { name: true, vipLevel: true } },
  assignee: { select: { name: true } },
} satisfies Prisma.ConversationSelect;

export type ConversationRow = Prisma.ConversationGetPayload<{ select: typeof conversationSelect }>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toConversationDto(row: ConversationRow): ConversationDto {
  return {
    id: row.id,
    status: row.status,
    priority: row.priority,
    customerId: row.customerId,
    customerName: row.customer.name,
    customerVipLevel: row.customer.vipLevel,
    assigneeId: row.assigneeId,
    assigneeName: row.assignee?.name ?? null,
    teamId: row.teamId,
    topicId: row.topicId,
    locale: row.locale,
    lastSeq: row.lastSeq,
    customerLastReadSeq: row.customerLastReadSeq,
    agentLastReadSeq: row.agentLastReadSeq,
    queuedAt: iso(row.queuedAt),
    assignedAt: iso(row.assignedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    closedAt: iso(row.closedAt),
    csat: row.csat,
  };
}

export const messageSelect = {
  id: true,
  conversationId: true,
  seq: true,
  authorKind: true,
  authorId: true,
  body: true,
  internal: true,
  clientId: true,
  meta: true,
  createdAt: true,
  author: { select: { name: true } },
  attachments: { select: { id: true, filename: true, mimeType: true, size: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.MessageSelect;

export type MessageRow = Prisma.MessageGetPayload<{ select: typeof messageSelect }>;

export function toMessageDto(row: MessageRow): MessageDto {
  return {
    id: row.id,
    conversationId: row.conversationId,
    seq: row.seq,
    authorKind: row.authorKind,
    authorName: row.author?.name ?? null,
    body: row.body,
    internal: row.internal,
    clientId: row.clientId,
    meta: row.meta ?? null,
    createdAt: row.createdAt.toISOString(),
    attachments: row.attachments.map(toAttachmentDto),
  };
}

export const queueSelect = {
  id: true,
  priority: true,
  teamId: true,
  topicId: true,
  queuedAt: true,
  createdAt: true,
  customerId: true,
  customer: { select: { name: true, vipLevel: true } },
  messages: {
    where: { authorKind: "CUSTOMER", internal: false },
    orderBy: { seq: "desc" },
    take: 1,
    select: { body: true },
  },
} satisfies Prisma.ConversationSelect;

export type QueueRow = Prisma.ConversationGetPayload<{ select: typeof queueSelect }>;

export function toQueueEntryDto(row: QueueRow): QueueEntryDto {
  const preview = row.messages[0]?.body ?? null;
  return {
    conversationId: row.id,
    priority: row.priority,
    teamId: row.teamId,
    topicId: row.topicId,
    waitingSince: (row.queuedAt ?? row.createdAt).toISOString(),
    customerName: row.customer.name,
    vipLevel: row.customer.vipLevel,
    preview: preview && preview.length > 140 ? `${preview.slice(0, 139)}…` : preview,
  };
}
