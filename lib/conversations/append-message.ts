import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { ConversationStatus } from "@/lib/db/generated/enums";
import type { MessageDto } from "@/lib/contracts/chat";
import { writableSql } from "./access";

export type Appended = {
  message: MessageDto;
  conversation: { id: string; customerId: string; assigneeId: string | null; status: ConversationStatus };
};

type Row = {
  id: string;
  seq: number;
  createdAt: Date;
  customerId: string;
  assigneeId: string | null;
  status: ConversationStatus;
};

/**
 * A cuid-like id (Prisma makes cuids in the client; this statement inserts without it). randomUUID draws from a
 * pooled entropy buffer; randomBytes made a getrandom call per message (2% of the server's CPU under chat load).
 */
export function newId(): string {
  return `c${Date.now().toString(36)}${randomUUID().replaceAll("-", "").slice(0, 16)}`;
}

/**
 * The hot path of a text message, one statement: the conversation's `lastSeq` is incremented (row locked until the
 * statement ends) only when the author may write there, and the message is inserted with that seq — atomic, so a
 * refused or duplicate (clientId) message takes no seq. Null when no conversation matched. Messages with
 * attachments take the transaction in insert-message.ts.
 */
export async function appendTextMessage(input: {
  actor: Actor;
  authorKind: "CUSTOMER" | "AGENT";
  conversationId: string;
  clientId: string;
  body: string;
  internal: boolean;
}): Promise<Appended | null> {
  const { actor, authorKind, conversationId, clientId, body, internal } = input;
  const firstReply = authorKind === "AGENT" && !internal;
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<Row[]>`
    WITH c AS (
      UPDATE "Conversation"
      SET "lastSeq" = "lastSeq" + 1,
          "updatedAt" = now(),
          "firstResponseAt" = CASE WHEN ${firstReply}::boolean AND "firstResponseAt" IS NULL THEN now() ELSE "firstResponseAt" END
      WHERE id = ${conversationId} AND status <> 'CLOSED' AND ${writableSql(actor, internal)}
      RETURNING id, "lastSeq", "customerId", "assigneeId", status
    )
    INSERT INTO "Message" (id, "conversationId", seq, "authorKind", "authorId", body, internal, "clientId", "createdAt")
    SELECT ${newId()}, c.id, c."lastSeq", ${authorKind}::"AuthorKind", ${actor.id}, ${body}, ${internal}::boolean, ${clientId}, now() FROM c
    RETURNING id, seq, "createdAt",
      (SELECT "customerId" FROM c) AS "customerId", (SELECT "assigneeId" FROM c) AS "assigneeId", (SELECT status::text FROM c) AS status`;
  const row = rows[0];
  if (!row) return null;
  return {
    message: {
      id: row.id,
      conversationId,
      seq: row.seq,
      authorKind,
      authorName: actor.name,
      body,
      internal,
      clientId,
      meta: null,
      createdAt: new Date(row.createdAt).toISOString(),
      attachments: [],
    },
    conversation: { id: conversationId, customerId: row.customerId, assigneeId: row.assigneeId, status: row.status },
  };
}
