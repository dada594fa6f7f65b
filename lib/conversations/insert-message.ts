import type { Prisma } from "@/lib/db/generated/client";
import type { AuthorKind } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { ALLOWED_TYPES } from "@/lib/contracts/attachment";
import { messageSelect, type MessageRow } from "./dto";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";

export type NewMessage = {
  conversationId: string;
  /** Extra conditions the conversation must meet (who may write, open): nothing is written when it does not. */
  where?: Prisma.ConversationWhereInput;
  authorKind: AuthorKind;
  authorId: string | null;
  body: string;
  internal?: boolean;
  clientId?: string | null;
  meta?: Prisma.InputJsonValue;
  /** Files the author uploaded and has not attached anywhere yet. */
  attachmentIds?: string[];
};

export const conversationAfterInsert = {
  id: true,
  customerId: true,
  assigneeId: true,
  status: true,
  firstResponseAt: true,
  lastSeq: true,
} satisfies Prisma.ConversationSelect;

export type InsertedMessage = {
  message: MessageRow;
  conversation: Prisma.ConversationGetPayload<{ select: typeof conversationAfterInsert }>;
};

/** Thrown inside the transaction when the conversation does not exist or may not be written by this author. */
export class ConversationNotWritable extends Error {}

/**
 * Appends a message inside the caller's transaction. The seq comes from an atomic increment of the conversation's
 * `lastSeq` (the row stays locked until commit), so seqs are gapless and strictly increasing; a rollback — a
 * duplicate clientId, a bad attachment — gives the seq back.
 */
/** Public messages only: internal notes never leave Beacon. */
const messagePayload = async (m: {
  id: string;
  conversationId: string;
  seq: number;
  authorKind: string;
  body: string;
  createdAt: Date;
}) => ({
  message: {
    id: m.id,
    conversationId: m.conversationId,
    seq: m.seq,
    authorKind: m.authorKind,
    body: m.body,
    createdAt: m.createdAt.toISOString(),
  },
});

export async function insertMessage(tx: Prisma.TransactionClient, input: NewMessage): Promise<InsertedMessage> {
  const conversation = await tx.conversation
    .update({
      where: { ...input.where, id: input.conversationId },
      data: { lastSeq: { increment: 1 } },
      select: conversationAfterInsert,
    })
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === "P2025") throw new ConversationNotWritable();
      throw error;
    });
  const created = await tx.message.create({
    data: {
      conversationId: conversation.id,
      seq: conversation.lastSeq,
      authorKind: input.authorKind,
      authorId: input.authorId,
      body: input.body,
      internal: input.internal ?? false,
      clientId: input.clientId ?? null,
      meta: input.meta,
    },
    select: messageSelect,
  });
  if (!created.internal) await enqueueWebhook(tx, "message.created", () => messagePayload(created));
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  if (!attachmentIds.length) return { message: created, conversation };
  const linked = await tx.attachment.updateMany({
    where: {
      id: { in: attachmentIds },
      uploaderId: input.authorId,
      messageId: null,
      ticketEntryId: null,
      mimeType: { in: [...ALLOWED_TYPES.chat] },
    },
    data: { messageId: created.id },
  });
  if (linked.count !== attachmentIds.length) throw new AppError("BAD_REQUEST", "attachmentInvalid");
  const message = await tx.message.findUniqueOrThrow({ where: { id: created.id }, select: messageSelect });
  return { message, conversation };
}
