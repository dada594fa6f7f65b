import { getConnection, getPrisma } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { WEBHOOK_HEADERS } from "@/lib/contracts/webhook";
import { postSigned, type PostResult } from "@/lib/webhooks/post-signed";
import { webhookRetryDelayMs } from "@/lib/webhooks/retry-policy";
import { signatureHeader } from "@/lib/webhooks/signature";

/** A claimed delivery is retried after this when its worker vanished mid-send. */
export const WEBHOOK_LEASE_MS = 2 * 60_000;

type Claimed = {
  id: string;
  endpointId: string;
  event: string;
  body: string;
  attempts: number;
  retryUntil: Date;
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: Date | null;
};

/** Claims due deliveries in one statement (FOR UPDATE SKIP LOCKED), leasing them so a crash only delays them. */
async function claim(limit: number, now: Date, ids?: string[]): Promise<Claimed[]> {
  const { sql } = await getConnection();
  return sql.query<Claimed>(
    `WITH due AS (
       SELECT d."id" FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e."id" = d."endpointId"
       WHERE d."status" = 'PENDING' AND d."nextAttemptAt" <= $1::timestamp AND e."active"
         AND ($4::text[] IS NULL OR d."id" = ANY($4::text[]))
       ORDER BY d."nextAttemptAt" LIMIT $3 FOR UPDATE OF d SKIP LOCKED
     )
     UPDATE "WebhookDelivery" d SET "attempts" = d."attempts" + 1, "nextAttemptAt" = $2::timestamp
     FROM due, "WebhookEndpoint" e
     WHERE d."id" = due."id" AND e."id" = d."endpointId"
     RETURNING d."id", d."endpointId", d."event", d."body", d."attempts", d."retryUntil", e."url", e."secret", e."previousSecret", e."previousSecretUntil"`,
    [now.toISOString(), new Date(now.getTime() + WEBHOOK_LEASE_MS).toISOString(), limit, ids ?? null],
  );
}

/** The current secret, plus the previous one while a rotation is under way. */
const activeSecrets = (row: Claimed, now: Date) =>
  row.previousSecret && row.previousSecretUntil && new Date(row.previousSecretUntil) > now
    ? [row.secret, row.previousSecret]
    : [row.secret];

async function record(row: Claimed, result: PostResult): Promise<"sent" | "retry" | "failed"> {
  const prisma = await getPrisma();
  const ok = result.status !== null && result.status >= 200 && result.status < 300;
  const expired = Date.now() + webhookRetryDelayMs(row.attempts) > new Date(row.retryUntil).getTime();
  const outcome = ok ? "sent" : expired ? "failed" : "retry";
  const error = ok ? null : (result.error ?? `HTTP ${result.status}: ${result.body.slice(0, 200)}`);
  await prisma.$transaction([
    prisma.webhookAttempt.create({
      data: { deliveryId: row.id, statusCode: result.status, error, durationMs: result.durationMs },
    }),
    prisma.webhookDelivery.update({
      where: { id: row.id },
      data: {
        status: outcome === "sent" ? "SENT" : outcome === "failed" ? "FAILED" : "PENDING",
        lastStatusCode: result.status,
        lastError: error,
        deliveredAt: ok ? new Date() : null,
        nextAttemptAt: new Date(Date.now() + webhookRetryDelayMs(row.attempts)),
      },
    }),
  ]);
  return outcome;
}

async function deliverOne(row: Claimed, now: Date) {
  const timestamp = Math.floor(Date.now() / 1000);
  const result = await postSigned(row.url, row.body, {
    [WEBHOOK_HEADERS.signature]: signatureHeader(activeSecrets(row, now), timestamp, row.body),
    [WEBHOOK_HEADERS.timestamp]: String(timestamp),
    [WEBHOOK_HEADERS.deliveryId]: row.id,
    [WEBHOOK_HEADERS.event]: row.event,
  });
  if (result.error || (result.status ?? 0) >= 300)
    logger.warn({ deliveryId: row.id, status: result.status, error: result.error }, "webhook delivery failed");
  return record(row, result);
}

export type WebhookRun = { sent: number; retry: number; failed: number };

const PARALLEL = 8;

/** The outcome could not be written (database busy): the lease brings the delivery back, so it is only delayed. */
function failedToRecord(row: Claimed, error: unknown): null {
  logger.error(
    { err: error, deliveryId: row.id },
    "recording a webhook delivery failed; it will be retried after its lease",
  );
  return null;
}

/**
 * One pass of the webhook job: claims due deliveries in batches and sends them (a batch in parallel). At least
 * once: receivers de-duplicate by the delivery id.
 */
export async function sendWebhooks({
  limit = 20,
  now,
  ids,
}: { limit?: number; now?: Date; ids?: string[] } = {}): Promise<WebhookRun> {
  const run: WebhookRun = { sent: 0, retry: 0, failed: 0 };
  for (;;) {
    const at = now ?? new Date();
    const rows = await claim(limit, at, ids);
    // A few at a time: each outcome needs a database connection, and the pool is shared with the requests.
    for (let i = 0; i < rows.length; i += PARALLEL) {
      const outcomes = await Promise.all(
        rows
          .slice(i, i + PARALLEL)
          .map((row) => deliverOne(row, at).catch((error: unknown) => failedToRecord(row, error))),
      );
      for (const outcome of outcomes) if (outcome) run[outcome]++;
    }
    if (rows.length < limit) return run;
  }
}
