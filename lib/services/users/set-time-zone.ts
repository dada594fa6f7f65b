import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

/**
 * Saves the account's time zone. `detected` is the browser reporting its own zone on a visit: it fills an account
 * that has none and never overrides one the user chose. Visitors keep the zone in a cookie only.
 */
export async function setTimeZone({
  actor,
  timeZone,
  detected,
}: {
  actor: Actor | null;
  timeZone: string;
  detected: boolean;
}): Promise<void> {
  if (!actor || actor.isGuest) return;
  const prisma = await getPrisma();
  await prisma.user.updateMany({
    where: { id: actor.id, ...(detected ? { timeZone: null } : {}) },
    data: { timeZone },
  });
}
