import { AppError } from "@/lib/errors";
import { isAdmin, isAgent, type Actor, type AdminActor, type StaffActor } from "./actor";

// One set of guards for pages, server actions, route handlers and the socket handshake.

export function requireUser(actor: Actor | null | undefined): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

/** A signed-in account (not a guest). */
export function requireAccount(actor: Actor | null | undefined): Actor {
  const user = requireUser(actor);
  if (user.isGuest) throw new AppError("UNAUTHENTICATED");
  return user;
}

export function requireAgent(actor: Actor | null | undefined): StaffActor {
  const user = requireUser(actor);
  if (!isAgent(user)) throw new AppError("FORBIDDEN", "agentsOnly");
  return user;
}

export function requireAdmin(actor: Actor | null | undefined): AdminActor {
  const user = requireUser(actor);
  if (!isAdmin(user)) throw new AppError("FORBIDDEN", "adminsOnly");
  return user;
}
