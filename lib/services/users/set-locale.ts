import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";

/** Saves the language on the account (it then follows the user across devices); visitors keep it in a cookie only. */
export async function setLocale({ actor, locale }: { actor: Actor | null; locale: Locale }): Promise<void> {
  if (!actor) return;
  const prisma = await getPrisma();
  await prisma.user.update({ where: { id: actor.id }, data: { locale } });
}
