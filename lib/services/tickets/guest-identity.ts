import type { Actor } from "@/lib/auth/actor";
import { createGuestToken, GUEST_COOKIE, GUEST_TOKEN_DAYS } from "@/lib/auth/guest-token";
import { getPrisma } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";

/** The Set-Cookie value that makes this browser the guest (httpOnly: scripts never see the token). */
export function guestCookie(guestId: string, secure: boolean): string {
  return `${GUEST_COOKIE}=${createGuestToken(guestId)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${GUEST_TOKEN_DAYS * 86400}${secure ? "; Secure" : ""}`;
}

/**
 * A guest identity for a visitor about to file a ticket, so their uploads and the ticket belong to the same person.
 * Reuses the browser's guest when the email matches; otherwise a new guest row (never an account with that email).
 */
export async function ensureGuest({ actor, email, name, locale }: { actor: Actor | null; email: string; name?: string; locale: Locale }) {
  if (actor && !actor.isGuest) return { guestId: null, created: false };
  const prisma = await getPrisma();
  if (actor) {
    const current = await prisma.user.findUnique({ where: { id: actor.id }, select: { contactEmail: true } });
    if (current?.contactEmail.toLowerCase() === email) return { guestId: actor.id, created: false };
  }
  const guest = await prisma.user.create({
    data: { contactEmail: email, name: name?.trim() || email.split("@")[0], isGuest: true, locale },
    select: { id: true },
  });
  return { guestId: guest.id, created: true };
}

/** The email a guest gave before, to fill the form again. */
export async function guestContactEmail({ actor }: { actor: Actor | null }): Promise<string | undefined> {
  if (!actor?.isGuest) return undefined;
  const prisma = await getPrisma();
  return (await prisma.user.findUnique({ where: { id: actor.id }, select: { contactEmail: true } }))?.contactEmail;
}
