import { AppError } from "@/lib/errors";
import {
  hasStaffRole,
  isAdmin,
  isAgent,
  isSupervisor,
  type Actor,
  type AdminActor,
  type StaffActor,
  type SupervisorActor,
} from "./actor";

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

/** Staff who must set up 2FA first are told so, not that the console is for agents only. */
function refuseStaff(user: Actor, messageKey: string): AppError {
  return new AppError(
    "FORBIDDEN",
    user.twoFactorSetupRequired && hasStaffRole(user) ? "twoFactorSetupRequired" : messageKey,
  );
}

export function requireAgent(actor: Actor | null | undefined): StaffActor {
  const user = requireUser(actor);
  if (!isAgent(user)) throw refuseStaff(user, "agentsOnly");
  return user;
}

export function requireSupervisor(actor: Actor | null | undefined): SupervisorActor {
  const user = requireUser(actor);
  if (!isSupervisor(user)) throw refuseStaff(user, "supervisorsOnly");
  return user;
}

export function requireAdmin(actor: Actor | null | undefined): AdminActor {
  const user = requireUser(actor);
  if (!isAdmin(user)) throw refuseStaff(user, "adminsOnly");
  return user;
}
