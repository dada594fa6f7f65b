import { STAFF_ROLES } from "@/lib/auth/actor";
import type { PresenceDto } from "@/lib/contracts/bot";
import { getPrisma } from "@/lib/db/client";
import { addBusinessMinutes, type BusinessHours } from "@/lib/sla/business-hours";
import { loadSlaConfig } from "@/lib/services/sla/sla-config";

/** Whether someone of the team can answer now (agents' real status), and when the desk is next staffed. */
export type Presence = PresenceDto;

/** The start of the next working window when `now` is outside the business hours (null: open now, or 24/7). */
export function nextStaffedAt(now: Date, hours: BusinessHours): Date | null {
  if (!hours) return null;
  const next = addBusinessMinutes(now, 0, hours);
  return next.getTime() > now.getTime() + 60_000 ? next : null;
}

/**
 * Agents ONLINE in the console (AWAY and OFFLINE do not answer chats), of the given team or of general, which
 * takes any chat after a while; without a team, anyone. No login is needed to ask: it tells visitors the truth.
 */
export async function getPresence({
  teamId,
  now = new Date(),
}: { teamId?: string | null; now?: Date } = {}): Promise<Presence> {
  const prisma = await getPrisma();
  const teams = teamId ? { some: { OR: [{ teamId }, { team: { slug: "general" } }] } } : undefined;
  const [online, sla] = await Promise.all([
    prisma.agentProfile.count({
      where: { status: "ONLINE", user: { role: { in: [...STAFF_ROLES] }, ...(teams ? { teams } : {}) } },
    }),
    loadSlaConfig(prisma),
  ]);
  const next = online ? null : nextStaffedAt(now, sla.hours);
  return { online: online > 0, nextStaffedAt: next?.toISOString() ?? null, timeZone: sla.hours?.timeZone ?? null };
}
