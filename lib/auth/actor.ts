import type { Role } from "@/lib/db/generated/enums";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/** Who is acting: a signed-in user or a guest (chat / tickets with only an email). Services take one of these. */
export type Actor = {
  id: string;
  role: Role;
  name: string;
  email: string | null;
  locale: Locale | null;
  isGuest: boolean;
  /** The server-side session this request came with (signed-in users; lib/auth/session.ts). */
  sessionId?: string;
};

/**
 * The staff roles, lowest first. An agent works chats and tickets; a supervisor is an agent who also runs the desk of
 * their teams (wallboard, reassigning, moving waiting chats, agents' status and capacity); an admin also changes the
 * desk's settings. Each role can do everything the one before it can.
 */
export const STAFF_ROLES = ["AGENT", "SUPERVISOR", "ADMIN"] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Someone with console access; narrowed by `isAgent`. */
export type StaffActor = Actor & { role: StaffRole };
export type SupervisorActor = Actor & { role: "SUPERVISOR" | "ADMIN" };
export type AdminActor = Actor & { role: "ADMIN" };

export const isAgent = (actor: Actor | null | undefined): actor is StaffActor =>
  STAFF_ROLES.some((role) => role === actor?.role);
export const isSupervisor = (actor: Actor | null | undefined): actor is SupervisorActor =>
  actor?.role === "SUPERVISOR" || actor?.role === "ADMIN";
export const isAdmin = (actor: Actor | null | undefined): actor is AdminActor => actor?.role === "ADMIN";

export function toActor(user: {
  id: string;
  role: Role;
  name: string;
  email: string | null;
  locale: string | null;
  isGuest: boolean;
}): Actor {
  return {
    id: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    locale: isLocale(user.locale) ? user.locale : null,
    isGuest: user.isGuest,
  };
}
