import { z } from "zod";

export const WEBHOOK_EVENTS = [
  "ticket.created",
  "ticket.updated",
  "ticket.solved",
  "chat.queued",
  "chat.assigned",
  "chat.closed",
  "message.created",
  "rating.received",
  "customer.identified",
  "account_action.completed",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Headers of every delivery (see docs/exchange.md for verifying them). */
export const WEBHOOK_HEADERS = {
  signature: "beacon-signature",
  timestamp: "beacon-timestamp",
  deliveryId: "beacon-delivery-id",
  event: "beacon-event",
} as const;

export const webhookEndpointSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(500),
  description: z.string().trim().max(200).default(""),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length),
  active: z.boolean().default(true),
});
export type WebhookEndpointInput = z.infer<typeof webhookEndpointSchema>;

export type WebhookEndpointDto = {
  id: string;
  url: string;
  description: string;
  events: string[];
  active: boolean;
  rotating: boolean;
  createdAt: string;
};

export type WebhookDeliveryDto = {
  id: string;
  endpointId: string;
  event: string;
  status: "PENDING" | "SENT" | "FAILED";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string;
  deliveredAt: string | null;
  createdAt: string;
};
