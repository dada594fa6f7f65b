import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { WebhookDeliveryDto, WebhookEndpointDto, WebhookEndpointInput } from "@/lib/contracts/webhook";
import { assertPublicUrl } from "@/lib/webhooks/address-policy";
import { WEBHOOK_RETRY_WINDOW_MS } from "@/lib/webhooks/retry-policy";

/** During a rotation the old secret keeps signing for this long, so the receiver can switch without a gap. */
export const ROTATION_OVERLAP_MS = 24 * 3600_000;

const newSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

type EndpointRow = {
  id: string;
  url: string;
  description: string;
  events: string[];
  active: boolean;
  previousSecretUntil: Date | null;
  createdAt: Date;
};
const toDto = (row: EndpointRow): WebhookEndpointDto => ({
  id: row.id,
  url: row.url,
  description: row.description,
  events: row.events,
  active: row.active,
  rotating: Boolean(row.previousSecretUntil && row.previousSecretUntil > new Date()),
  createdAt: row.createdAt.toISOString(),
});

async function audit(actor: Actor, action: string, targetId: string, data: object = {}) {
  const prisma = await getPrisma();
  await prisma.auditEvent.create({
    data: { actorId: actor.id, action, targetType: "WebhookEndpoint", targetId, data },
  });
}

export async function findWebhookEndpoints({ actor }: { actor: Actor }): Promise<WebhookEndpointDto[]> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  return (await prisma.webhookEndpoint.findMany({ orderBy: { createdAt: "asc" } })).map(toDto);
}

/** Subscribes a URL (refused when it points at a private address, unless the operator allows it); the secret is returned once. */
export async function createWebhookEndpoint({ actor, input }: { actor: Actor; input: WebhookEndpointInput }) {
  requireAdmin(actor);
  await assertPublicUrl(input.url);
  const prisma = await getPrisma();
  const secret = newSecret();
  const row = await prisma.webhookEndpoint.create({ data: { ...input, events: [...new Set(input.events)], secret } });
  await audit(actor, "webhook.created", row.id, { url: row.url, events: row.events });
  return { endpoint: toDto(row), secret };
}

export async function updateWebhookEndpoint({
  actor,
  endpointId,
  input,
}: {
  actor: Actor;
  endpointId: string;
  input: WebhookEndpointInput;
}) {
  requireAdmin(actor);
  await assertPublicUrl(input.url);
  const prisma = await getPrisma();
  const { count } = await prisma.webhookEndpoint.updateMany({
    where: { id: endpointId },
    data: { ...input, events: [...new Set(input.events)] },
  });
  if (!count) throw new AppError("NOT_FOUND", "exchange.webhookNotFound");
  await audit(actor, "webhook.updated", endpointId, { url: input.url, events: input.events, active: input.active });
  return null;
}

/** A new secret; the old one goes on signing (a second `v1=` signature) for a day. */
export async function rotateWebhookSecret({
  actor,
  endpointId,
}: {
  actor: Actor;
  endpointId: string;
}): Promise<{ secret: string }> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const current = await prisma.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { secret: true } });
  if (!current) throw new AppError("NOT_FOUND", "exchange.webhookNotFound");
  const secret = newSecret();
  await prisma.webhookEndpoint.update({
    where: { id: endpointId },
    data: { secret, previousSecret: current.secret, previousSecretUntil: new Date(Date.now() + ROTATION_OVERLAP_MS) },
  });
  await audit(actor, "webhook.secretRotated", endpointId);
  return { secret };
}

export async function deleteWebhookEndpoint({
  actor,
  endpointId,
}: {
  actor: Actor;
  endpointId: string;
}): Promise<null> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const { count } = await prisma.webhookEndpoint.deleteMany({ where: { id: endpointId } });
  if (!count) throw new AppError("NOT_FOUND", "exchange.webhookNotFound");
  await audit(actor, "webhook.deleted", endpointId);
  return null;
}

/** The delivery log, newest first: status, attempts and the last response code. */
export async function findWebhookDeliveries({
  actor,
  endpointId,
  take = 50,
}: {
  actor: Actor;
  endpointId?: string;
  take?: number;
}): Promise<WebhookDeliveryDto[]> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const rows = await prisma.webhookDelivery.findMany({
    where: endpointId ? { endpointId } : {},
    orderBy: { createdAt: "desc" },
    take,
  });
  return rows.map((row) => ({
    id: row.id,
    endpointId: row.endpointId,
    event: row.event,
    // Only mail is ever held (for an unproven address); a delivery is pending, sent or failed.
    status: row.status === "HELD" ? "PENDING" : row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** Sends a delivery again with the same id and body (a fresh timestamp and signature), now. */
export async function replayWebhookDelivery({
  actor,
  deliveryId,
}: {
  actor: Actor;
  deliveryId: string;
}): Promise<null> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const { count } = await prisma.webhookDelivery.updateMany({
    where: { id: deliveryId, status: { not: "PENDING" } },
    data: { status: "PENDING", nextAttemptAt: new Date(), retryUntil: new Date(Date.now() + WEBHOOK_RETRY_WINDOW_MS) },
  });
  if (!count) throw new AppError("CONFLICT", "exchange.webhookReplayPending");
  await audit(actor, "webhook.replayed", deliveryId);
  return null;
}
