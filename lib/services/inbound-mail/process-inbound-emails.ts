import { getConnection } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { importInboundEmail, type ImportOutcome } from "./import-inbound-email";

/** A claimed mail whose worker vanished is taken up again after this. */
const CLAIM_MS = 2 * 60_000;
/** After this many failed attempts a mail is FAILED and shown to admins with the error. */
export const INBOUND_MAX_ATTEMPTS = 5;

type Claimed = { id: string; raw: Uint8Array; mailboxId: string | null; attempts: number };

/** Claims stored, unprocessed mail: `FOR UPDATE SKIP LOCKED`, so instances never work on the same mail at once. */
async function claim(limit: number, ids: string[] | null): Promise<Claimed[]> {
  const { sql } = await getConnection();
  const now = new Date();
  return sql.query<Claimed>(
    `UPDATE "InboundEmail" e SET "attempts" = e."attempts" + 1, "claimedUntil" = $2::timestamp
     WHERE e."id" IN (
       SELECT "id" FROM "InboundEmail" WHERE "status" = 'RECEIVED' AND ("claimedUntil" IS NULL OR "claimedUntil" <= $1::timestamp)
         AND ($4::text[] IS NULL OR "id" = ANY($4::text[]))
       ORDER BY "receivedAt", "uid" NULLS LAST, "id" LIMIT $3 FOR UPDATE SKIP LOCKED
     )
     RETURNING e."id", e."raw", e."mailboxId", e."attempts"`,
    [now.toISOString(), new Date(now.getTime() + CLAIM_MS).toISOString(), limit, ids],
  );
}

async function failed(row: Claimed, error: unknown): Promise<"failed" | null> {
  const { sql } = await getConnection();
  const last = row.attempts >= INBOUND_MAX_ATTEMPTS;
  const retryAt = new Date(Date.now() + 30_000 * 2 ** (row.attempts - 1)).toISOString();
  await sql.query(
    `UPDATE "InboundEmail" SET "status" = $2::"InboundStatus", "reason" = $3, "claimedUntil" = $4::timestamp WHERE "id" = $1 AND "status" = 'RECEIVED'`,
    [
      row.id,
      last ? "FAILED" : "RECEIVED",
      `error: ${String((error as Error)?.message ?? error)}`.slice(0, 1000),
      retryAt,
    ],
  );
  return last ? "failed" : null;
}

export type InboundRun = Record<ImportOutcome, number> & { retry: number };

/**
 * Imports stored mail into tickets (all that is due, or just `ids`). Called right after a fetch or delivery, and by
 * the job for anything left behind (a crash between storing and importing, a retry after an error).
 */
export async function processInboundEmails({
  ids,
  limit = 20,
}: { ids?: string[]; limit?: number } = {}): Promise<InboundRun> {
  const run: InboundRun = { created: 0, replied: 0, ignored: 0, failed: 0, duplicate: 0, retry: 0 };
  for (;;) {
    const rows = await claim(limit, ids ?? null);
    for (const row of rows) {
      try {
        run[await importInboundEmail({ id: row.id, raw: Buffer.from(row.raw), mailboxId: row.mailboxId })]++;
      } catch (error) {
        logger.warn({ err: error, inboundId: row.id, attempt: row.attempts }, "inbound mail import failed");
        run[(await failed(row, error)) ?? "retry"]++;
      }
    }
    if (rows.length < limit) return run;
  }
}
