import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/locales";

// Guests chat and file tickets with only a name and an email. A guest is never an account with that email, so an
// address alone opens nothing: the guest's own browser (signed cookie) or a tracking link does.

type Db = Prisma.TransactionClient;
export type GuestDetails = { email: string; name?: string; locale: Locale };

export const guestSelect = {
  id: true,
  name: true,
  role: true,
  email: true,
  contactEmail: true,
  locale: true,
  isGuest: true,
  externalId: true,
} as const;

/** A new guest, inside the caller's transaction so a refused request leaves no guest behind. */
export function createGuest(db: Db, { email, name, locale }: GuestDetails) {
  return db.user.create({
    data: { contactEmail: email, name: name?.trim() || email.split("@")[0], isGuest: true, locale },
    select: guestSelect,
  });
}

/**
 * The person behind a visitor's request: the signed-in account, the browser's guest when they give the same email
 * as before, or a new guest.
 */
export async function guestFor(db: Db, actor: Actor | null, details: GuestDetails) {
  if (actor) {
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: guestSelect });
    if (!user.isGuest || user.contactEmail.toLowerCase() === details.email) return { guest: user, created: false };
  }
  return { guest: await createGuest(db, details), created: true };
}

/** Makes this browser a guest before it uploads a ticket's files (an account needs none). */
export async function ensureGuest({ actor, ...details }: GuestDetails & { actor: Actor | null }) {
  if (actor && !actor.isGuest) return { guestId: null, created: false };
  const prisma = await getPrisma();
  const { guest, created } = await prisma.$transaction((tx) => guestFor(tx, actor, details));
  return { guestId: guest.id, created };
}

/** The email a guest gave before, to fill the form again. */
export async function guestContactEmail({ actor }: { actor: Actor | null }): Promise<string | undefined> {
  if (!actor?.isGuest) return undefined;
  const prisma = await getPrisma();
  return (await prisma.user.findUnique({ where: { id: actor.id }, select: { contactEmail: true } }))?.contactEmail;
}
