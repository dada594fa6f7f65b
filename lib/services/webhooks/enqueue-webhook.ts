import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import { cachedRead } from "@/lib/db/read-cache";
import type { WebhookEvent } from "@/lib/contracts/webhook";
import { WEBHOOK_RETRY_WINDOW_MS } from "@/lib/webhooks/retry-policy";

type Data = Record<string, unknown>;

export type WebhookWriter = Pick<Prisma.TransactionClient, "webhookEndpoint" | "webhookDelivery">;

// Looked up on every event; endpoints change only when an admin edits them.
const activeEndpoints = cachedRead(["WebhookEndpoint"], (tx: WebhookWriter) =>
  tx.webhookEndpoint.findMany({ where: { active: true }, select: { id: true, events: true } }),
);

/**
 * Queues an event for every active endpoint subscribed to it. Call it with the transaction that makes the change,
 * so the delivery exists exactly when the change does (transactional outbox); the webhook job sends it later.
 * Each endpoint's delivery has its own id, the same on every attempt and replay.
 */
export async function enqueueWebhook(
  tx: WebhookWriter,
  event: WebhookEvent,
  payload: Data | (() => Promise<Data>),
): Promise<number> {
  const endpoints = (await activeEndpoints(tx)).filter((endpoint) => endpoint.events.includes(event));
  if (!endpoints.length) return 0;
  // The payload is built only when someone listens (messages are the hot path).
  const data = typeof payload === "function" ? await payload() : payload;
  const occurredAt = new Date();
  const retryUntil = new Date(occurredAt.getTime() + WEBHOOK_RETRY_WINDOW_MS);
  const rows = endpoints.map((endpoint) => {
    const id = randomUUID();
    return {
      id,
      endpointId: endpoint.id,
      event,
      body: JSON.stringify({ id, event, occurredAt: occurredAt.toISOString(), data }),
      createdAt: occurredAt,
      retryUntil,
    };
  });
  await tx.webhookDelivery.createMany({ data: rows });
  return rows.length;
}
