import type { Actor } from "@/lib/auth/actor";
import { isAgent } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { type TicketPresenceDto } from "@/lib/contracts/ticket";
import { rooms } from "@/lib/realtime/events";
import { getIo, publish } from "@/lib/realtime/publish";
import { ticketAccessWhere } from "@/lib/tickets/access";

/** The socket side a presence service needs (kept small so tests and handlers pass a real socket). */
export type PresenceSocket = {
  join(room: string | string[]): unknown;
  leave(room: string): unknown;
  rooms: Set<string>;
};

/**
 * Who has a ticket open, from socket.io's own rooms: agents viewing it are in its viewers room, those writing a reply
 * also in its replying room. `fetchSockets` asks every instance (Redis adapter), and a closed tab leaves its rooms by
 * itself, so the list is never stale.
 */
export async function ticketPresence(ticketId: string): Promise<TicketPresenceDto[]> {
  const io = getIo();
  if (!io) return [];
  const sockets = await io.in(rooms.ticketViewers(ticketId)).fetchSockets();
  const byUser = new Map<string, TicketPresenceDto>();
  for (const socket of sockets) {
    const actor = (socket.data as { actor?: Actor }).actor;
    if (!actor) continue;
    const replying = socket.rooms.has(rooms.ticketReplying(ticketId));
    const known = byUser.get(actor.id);
    byUser.set(actor.id, { userId: actor.id, name: actor.name, replying: replying || Boolean(known?.replying) });
  }
  return [...byUser.values()];
}

export async function broadcastPresence(ticketId: string): Promise<void> {
  publish(rooms.ticketViewers(ticketId), "ticket.presence", { ticketId, presence: await ticketPresence(ticketId) });
}

async function findTicketId(actor: Actor, number: number, key?: string): Promise<string> {
  const prisma = await getPrisma();
  const row = await prisma.ticket.findFirst({
    where: { number, ...ticketAccessWhere(actor, key) },
    select: { id: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "ticketNotFound");
  return row.id;
}

/**
 * Follow a ticket live: its requester and tracking-key holders join its public room (replies and status, never
 * notes); agents join its viewers room and are shown to other agents as viewing it.
 */
export async function watchTicket({
  actor,
  socket,
  number,
  key,
}: {
  actor: Actor;
  socket: PresenceSocket;
  number: number;
  key?: string;
}) {
  const ticketId = await findTicketId(actor, number, key);
  if (!isAgent(actor)) {
    await socket.join(rooms.ticket(ticketId));
    return { ticketId, presence: [] };
  }
  await socket.join(rooms.ticketViewers(ticketId));
  await broadcastPresence(ticketId);
  return { ticketId, presence: await ticketPresence(ticketId) };
}

export async function unwatchTicket({
  actor,
  socket,
  number,
}: {
  actor: Actor;
  socket: PresenceSocket;
  number: number;
}) {
  const prisma = await getPrisma();
  const row = await prisma.ticket.findUnique({ where: { number }, select: { id: true } });
  if (!row) return;
  await socket.leave(rooms.ticket(row.id));
  if (!isAgent(actor)) return;
  await socket.leave(rooms.ticketViewers(row.id));
  await socket.leave(rooms.ticketReplying(row.id));
  await broadcastPresence(row.id);
}

/** An agent who has the ticket open starts or stops writing a reply. */
export async function setTicketReplying({
  actor,
  socket,
  number,
  replying,
}: {
  actor: Actor;
  socket: PresenceSocket;
  number: number;
  replying: boolean;
}) {
  if (!isAgent(actor)) throw new AppError("FORBIDDEN", "agentsOnly");
  const ticketId = await findTicketId(actor, number);
  if (!socket.rooms.has(rooms.ticketViewers(ticketId))) await socket.join(rooms.ticketViewers(ticketId));
  if (replying) await socket.join(rooms.ticketReplying(ticketId));
  else await socket.leave(rooms.ticketReplying(ticketId));
  await broadcastPresence(ticketId);
}

/** A closing tab takes its presence with it: tell the others once the socket has left its rooms. */
export function presenceOnDisconnect(
  socket: PresenceSocket & { once(event: "disconnect", fn: () => void): unknown },
  viewing: string[],
): void {
  const ticketIds = viewing
    .map((room) => /^ticket:(.+):viewers$/.exec(room)?.[1])
    .filter((id): id is string => Boolean(id));
  if (!ticketIds.length) return;
  socket.once("disconnect", () => {
    for (const id of ticketIds) void broadcastPresence(id).catch(() => {});
  });
}
