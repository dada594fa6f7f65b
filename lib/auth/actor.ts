import type { Role } from "@/lib/db/generated/enums";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { isTimeZone } from "@/lib/i18n/time-zones";

/** Who is acting: a signed-in user or a guest (chat / tickets with only an email). Services take one of these. */
export type Actor = {
  id: string;
  role: Role;
  name: string;
  email: string | null;
  locale: Locale | null;
  /** The account's saved IANA zone (lib/i18n/time-zones.ts); null until the browser has told us. */
  timeZone: string | null;
  isGuest: boolean;
  /** The server-side session this request came with (signed-in users; lib/auth/session.ts). */
  sessionId?: string;
  /** Staff while "staff must use 2FA" is on and they have not set it up: no staff powers until they do. */
  twoFactorSetupRequired?: boolean;
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

// Every staff check (guards, query scopes, socket rooms) goes through these three, so a member who still has to set
// up 2FA has no staff power anywhere: HTTP, server actions and sockets alike.
const staffPowers = (actor: Actor | null | undefined): actor is Actor => !!actor && !actor.twoFactorSetupRequired;
export const isAgent = (actor: Actor | null | undefined): actor is StaffActor =>
  staffPowers(actor) && STAFF_ROLES.some((role) => role === actor.role);
export const isSupervisor = (actor: Actor | null | undefined): actor is SupervisorActor =>
  staffPowers(actor) && (actor.role === "SUPERVISOR" || actor.role === "ADMIN");
export const isAdmin = (actor: Actor | null | undefined): actor is AdminActor =>
  staffPowers(actor) && actor.role === "ADMIN";
/** Staff by role, whatever their 2FA state (where to send them, not what they may do). */
export const hasStaffRole = (actor: Actor | null | undefined): boolean =>
  STAFF_ROLES.some((role) => role === actor?.role);

export function toActor(user: {
  id: string;
  role: Role;
  name: string;
  email: string | null;
  locale: string | null;
  timeZone: string | null;
  isGuest: boolean;
}): Actor {
  return {
    id: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    locale: isLocale(user.locale) ? user.locale : null,
    timeZone: isTimeZone(user.timeZone) ? user.timeZone : null,
    isGuest: user.isGuest,
  };
}
