import { isAdmin, isAgent, isSupervisor, type Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";

/*
 * Who may do what with a conversation (enforced in every query's `where`, so a missed check cannot leak a row):
 * - a customer (account or guest) sees and writes only their own conversations, and never internal notes;
 * - any agent may open any conversation (read the history, notes included) and add internal notes: supervisors and
 *   colleagues look in on chats, as in Intercom and Chatwoot;
 * - public replies, transfer and close belong to the assignee; an admin may do them on any conversation;
 * - a supervisor may also transfer (reassign, or move to another team's queue) any open chat of their teams;
 * - an unassigned (queued) chat can be taken by any agent, and closed by any agent (spam, duplicates);
 * - the customer may close their own chat.
 */

/** Conversations the actor may open. */
export function conversationScope(actor: Actor): Prisma.ConversationWhereInput {
  return isAgent(actor) ? {} : { customerId: actor.id };
}

/** Messages the actor may read. */
export function messageScope(actor: Actor): Prisma.MessageWhereInput {
  return isAgent(actor) ? {} : { internal: false };
}

/** Who may write into an open conversation: its customer; for public replies its assignee; any agent for notes; admins. */
export function writer(actor: Actor, internal: boolean): { customerId: string } | { assigneeId: string } | null {
  if (!isAgent(actor)) return { customerId: actor.id };
  if (internal || isAdmin(actor)) return null;
  return { assigneeId: actor.id };
}

/** Conversations the actor may write a message into (open ones). */
export function writableScope(actor: Actor, internal: boolean): Prisma.ConversationWhereInput {
  return { status: { not: "CLOSED" as const }, ...writer(actor, internal) };
}

/** Conversations the actor may transfer. */
export function transferableScope(actor: Actor): Prisma.ConversationWhereInput {
  if (isAdmin(actor)) return { status: { in: ["QUEUED", "ACTIVE"] } };
  const own = { status: "ACTIVE" as const, assigneeId: actor.id };
  if (!isSupervisor(actor)) return own;
  return { OR: [own, { status: { in: ["QUEUED", "ACTIVE"] }, team: { members: { some: { userId: actor.id } } } }] };
}

/** Conversations the actor may close. */
export function closableScope(actor: Actor): Prisma.ConversationWhereInput {
  const open = { status: { not: "CLOSED" as const } };
  if (!isAgent(actor)) return { ...open, customerId: actor.id };
  if (isAdmin(actor)) return open;
  return { ...open, OR: [{ assigneeId: actor.id }, { assigneeId: null }] };
}
