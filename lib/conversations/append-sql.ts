import type { SqlRunner } from "@/lib/db/sql-runner";
import { WEBHOOK_RETRY_WINDOW_MS } from "@/lib/webhooks/retry-policy";

/** One text message to store: who writes, where, and the rule the conversation must meet for them to write. */
export type AppendRow = {
  id: string;
  conversationId: string;
  authorKind: "CUSTOMER" | "AGENT";
  authorId: string;
  body: string;
  internal: boolean;
  clientId: string;
  /** The conversation must be this customer's (a customer writing), or assigned to this agent (a public reply). */
  writerCustomerId: string | null;
  writerAssigneeId: string | null;
  /** A public reply by an agent: it is the first response when none was recorded. */
  firstReply: boolean;
};

export type AppendedRow = {
  id: string;
  seq: number;
  createdAt: string;
  customerId: string;
  assigneeId: string | null;
  status: string;
};

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/*
 * Every row in one statement, so one round trip and one commit store a whole batch. Each conversation's `lastSeq` is
 * incremented (its row locked until the statement ends) only where the author may write, and the message takes that
 * seq; a public message queues its `message.created` webhook for every subscribed endpoint in the same statement (the
 * transactional outbox). Atomic: when any row fails (a duplicate clientId), nothing is stored and no seq is taken.
 * A conversation appears at most once per batch (UPDATE … FROM updates a row once).
 */
const APPEND_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::text[],
                       $8::text[], $9::text[], $10::boolean[])
    AS i(id, "conversationId", "authorKind", "authorId", body, internal, "clientId",
         "writerCustomerId", "writerAssigneeId", "firstReply")
),
clock AS (SELECT now() AT TIME ZONE 'UTC' AS at),
c AS (
  UPDATE "Conversation" AS conv
  SET "lastSeq" = conv."lastSeq" + 1,
      "updatedAt" = clock.at,
      "firstResponseAt" = CASE WHEN i."firstReply" AND conv."firstResponseAt" IS NULL THEN clock.at ELSE conv."firstResponseAt" END
  FROM input AS i, clock
  WHERE conv.id = i."conversationId" AND conv.status <> 'CLOSED'
    AND (i."writerCustomerId" IS NULL OR conv."customerId" = i."writerCustomerId")
    AND (i."writerAssigneeId" IS NULL OR conv."assigneeId" = i."writerAssigneeId")
  RETURNING i.id AS "messageId", conv."lastSeq" AS seq, conv."customerId", conv."assigneeId", conv.status::text AS status
),
m AS (
  INSERT INTO "Message" (id, "conversationId", seq, "authorKind", "authorId", body, internal, "clientId", "createdAt")
  SELECT i.id, i."conversationId", c.seq, i."authorKind"::"AuthorKind", i."authorId", i.body, i.internal, i."clientId", clock.at
  FROM c JOIN input AS i ON i.id = c."messageId" CROSS JOIN clock
  RETURNING id, "conversationId", seq, "authorKind"::text AS "authorKind", body, internal, "createdAt"
),
webhooks AS (
  INSERT INTO "WebhookDelivery" (id, "endpointId", event, body, "createdAt", "retryUntil")
  SELECT d.id, d."endpointId", 'message.created',
    json_build_object('id', d.id, 'event', 'message.created', 'occurredAt', to_char(clock.at, ${ISO}),
      'data', json_build_object('message', json_build_object('id', m.id, 'conversationId', m."conversationId",
        'seq', m.seq, 'authorKind', m."authorKind", 'body', m.body, 'createdAt', to_char(m."createdAt", ${ISO}))))::text,
    clock.at, clock.at + make_interval(secs => $11::double precision / 1000)
  FROM m CROSS JOIN clock
  CROSS JOIN LATERAL (
    SELECT gen_random_uuid()::text AS id, e.id AS "endpointId" FROM "WebhookEndpoint" AS e
    WHERE e.active AND 'message.created' = ANY(e.events)
  ) AS d
  WHERE NOT m.internal
)
SELECT m.id, m.seq, to_char(m."createdAt", ${ISO}) AS "createdAt", c."customerId", c."assigneeId", c.status
FROM m JOIN c ON c."messageId" = m.id`;

/** Stores the rows; a row missing from the result met no writable conversation. */
export function appendRows(sql: Pick<SqlRunner, "query">, rows: AppendRow[]): Promise<AppendedRow[]> {
  const column = <K extends keyof AppendRow>(key: K) => rows.map((row) => row[key]);
  return sql.query<AppendedRow>(APPEND_SQL, [
    column("id"),
    column("conversationId"),
    column("authorKind"),
    column("authorId"),
    column("body"),
    column("internal"),
    column("clientId"),
    column("writerCustomerId"),
    column("writerAssigneeId"),
    column("firstReply"),
    WEBHOOK_RETRY_WINDOW_MS,
  ]);
}
