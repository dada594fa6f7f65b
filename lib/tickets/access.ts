import { isAgent, type Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";
import { hashTrackingKey } from "./tracking-key";

export type TicketViewer = "agent" | "requester" | "key";

/**
 * The tickets an actor may open: agents all; a customer or guest their own; anyone holding a ticket's tracking key
 * that one. Everything else matches nothing, so callers answer 404 alike for "missing" and "not yours".
 */
export function ticketAccessWhere(actor: Actor | null, key?: string | null): Prisma.TicketWhereInput {
  if (isAgent(actor)) return {};
  const allowed: Prisma.TicketWhereInput[] = [];
  if (actor) allowed.push({ requesterId: actor.id });
  if (key) allowed.push({ trackingKeyHash: hashTrackingKey(key) });
  return allowed.length ? { OR: allowed } : { id: "" };
}

export function viewerOf(actor: Actor | null, ticket: { requesterId: string }): TicketViewer {
  if (isAgent(actor)) return "agent";
  return actor && actor.id === ticket.requesterId ? "requester" : "key";
}
