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

/** Someone with console access; narrowed by `isAgent`. */
export type StaffActor = Actor & { role: "AGENT" | "ADMIN" };
export type AdminActor = Actor & { role: "ADMIN" };

export const isAgent = (actor: Actor | null | undefined): actor is StaffActor => actor?.role === "AGENT" || actor?.role === "ADMIN";
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
