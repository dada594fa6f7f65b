import type { Actor } from "@/lib/auth/actor";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";

/**
 * Visitors and guests file 5 tickets (and make 10 guest identities) an hour per device, and per address only past
 * 100 an hour, a level an office or a mobile carrier behind one address does not reach; a visitor who sends no
 * device id is counted by address at the device level. Accounts: 30 tickets an hour.
 */
export const GUEST_TICKETS = { points: 5, seconds: 3600 };
const GUEST_IDENTITIES = { points: 10, seconds: 3600 };
const ADDRESS_POINTS = 100;

async function perDeviceFirst(
  name: string,
  budget: { points: number; seconds: number },
  ip: string,
  device: string | null,
): Promise<void> {
  if (!device) return consumeOrThrow(limiter(name, budget.points, budget.seconds), ip, "guestTicketRateLimited");
  await consumeOrThrow(limiter(`${name}-device`, budget.points, budget.seconds), device, "guestTicketRateLimited");
  await consumeOrThrow(limiter(`${name}-address`, ADDRESS_POINTS, budget.seconds), ip, "guestTicketRateLimited");
}

export async function limitTicketCreation(actor: Actor | null, ip: string, device: string | null): Promise<void> {
  if (actor && !actor.isGuest) return consumeOrThrow(limiter("ticket-account", 30, 3600), actor.id);
  return perDeviceFirst("ticket-guest", GUEST_TICKETS, ip, device);
}

export async function limitGuestCreation(ip: string, device: string | null): Promise<void> {
  return perDeviceFirst("ticket-guest-identity", GUEST_IDENTITIES, ip, device);
}
