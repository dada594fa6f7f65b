import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getConnection } from "@/lib/db/client";
import type { ConversationStatus } from "@/lib/db/generated/enums";
import type { MessageDto } from "@/lib/contracts/chat";
import { writer } from "./access";
import { appendRows, type AppendedRow, type AppendRow } from "./append-sql";

export type Appended = {
  message: MessageDto;
  conversation: { id: string; customerId: string; assigneeId: string | null; status: ConversationStatus };
};

/**
 * A cuid-like id (Prisma makes cuids in the client; this statement inserts without it). randomUUID draws from a
 * pooled entropy buffer; randomBytes made a getrandom call per message (2% of the server's CPU under chat load).
 */
export function newId(): string {
  return `c${Date.now().toString(36)}${randomUUID().replaceAll("-", "").slice(0, 16)}`;
}

type Waiting = { row: AppendRow; settle: (result: AppendedRow | null | Error) => void };

/*
 * Group commit: messages that arrive while earlier batches are being stored wait, and go together in the next
 * statement (append-sql.ts) — one round trip and one commit for all of them. At most IN_FLIGHT batches run at once;
 * an idle server stores a message on the next turn of the event loop. A conversation is in at most one batch at a
 * time, so its messages take their seqs in the order they arrived.
 */
const IN_FLIGHT = 2;
const MAX_BATCH = 256;
let queue: Waiting[] = [];
const busy = new Set<string>();
let running = 0;
let scheduled = false;

function schedule(): void {
  if (scheduled || running >= IN_FLIGHT || !queue.length) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    const batch = takeBatch();
    if (!batch.length) return;
    running++;
    void store(batch).finally(() => {
      running--;
      for (const { row } of batch) busy.delete(row.conversationId);
      schedule();
    });
    schedule();
  });
}

/** The oldest waiting messages, one per conversation that no running batch holds; the rest keep their places. */
function takeBatch(): Waiting[] {
  const batch: Waiting[] = [];
  const rest: Waiting[] = [];
  for (const waiting of queue) {
    const { conversationId } = waiting.row;
    if (batch.length < MAX_BATCH && !busy.has(conversationId)) {
      busy.add(conversationId);
      batch.push(waiting);
    } else {
      rest.push(waiting);
    }
  }
  queue = rest;
  return batch;
}

async function store(batch: Waiting[]): Promise<void> {
  try {
    const { sql } = await getConnection();
    const rows = await appendRows(
      sql,
      batch.map((waiting) => waiting.row),
    );
    const stored = new Map(rows.map((row) => [row.id, row]));
    for (const waiting of batch) waiting.settle(stored.get(waiting.row.id) ?? null);
  } catch (error) {
    // One bad row (a clientId sent twice) fails the statement and stores nothing: each row then goes alone, so only
    // that one gets the error.
    if (batch.length === 1) return batch[0].settle(error instanceof Error ? error : new Error(String(error)));
    await Promise.all(batch.map((waiting) => store([waiting])));
  }
}

/**
 * Stores a text message with the conversation's next seq when the author may write there (an open conversation:
 * the customer's own, a public reply by its assignee, a note by any agent). Null when no conversation matched.
 * Messages with attachments take the transaction in insert-message.ts.
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
  const rule = writer(actor, internal);
  const row: AppendRow = {
    id: newId(),
    conversationId,
    authorKind,
    authorId: actor.id,
    body,
    internal,
    clientId,
    writerCustomerId: rule && "customerId" in rule ? rule.customerId : null,
    writerAssigneeId: rule && "assigneeId" in rule ? rule.assigneeId : null,
    firstReply: authorKind === "AGENT" && !internal,
  };
  const stored = await new Promise<AppendedRow | null>((resolve, reject) => {
    queue.push({ row, settle: (result) => (result instanceof Error ? reject(result) : resolve(result)) });
    schedule();
  });
  if (!stored) return null;
  return {
    message: {
      id: stored.id,
      conversationId,
      seq: stored.seq,
      authorKind,
      authorName: actor.name,
      body,
      internal,
      clientId,
      meta: null,
      createdAt: stored.createdAt,
      attachments: [],
    },
    conversation: {
      id: conversationId,
      customerId: stored.customerId,
      assigneeId: stored.assigneeId,
      status: stored.status as ConversationStatus,
    },
  };
}
