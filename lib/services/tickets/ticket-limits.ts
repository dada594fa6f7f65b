import type { Actor } from "@/lib/auth/actor";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";

/** Visitors and guests: 5 new tickets (and 10 new guest identities) an hour per address; accounts: 30 an hour. */
export const GUEST_TICKETS = { points: 5, seconds: 3600 };

export async function limitTicketCreation(actor: Actor | null, ip: string): Promise<void> {
  if (actor && !actor.isGuest) return consumeOrThrow(limiter("ticket-account", 30, 3600), actor.id);
  return consumeOrThrow(
    limiter("ticket-guest", GUEST_TICKETS.points, GUEST_TICKETS.seconds),
    ip,
    "guestTicketRateLimited",
  );
}

export async function limitGuestCreation(ip: string): Promise<void> {
  return consumeOrThrow(limiter("ticket-guest-identity", 10, 3600), ip, "guestTicketRateLimited");
}
