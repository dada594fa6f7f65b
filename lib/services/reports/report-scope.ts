import { localizeJson } from "@/lib/db/localized";
import { isAdmin, type Actor } from "@/lib/auth/actor";
import { requireSupervisor } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { ReportQuery } from "@/lib/contracts/report";
import { businessWindows, localMidnight, nextDate } from "@/lib/sla/business-hours";
import { loadSlaConfig } from "@/lib/services/sla/sla-config";
import { deskTimeZone } from "@/lib/sla/desk-day";
import type { BusinessCalendar, FactsScope } from "./report-facts";

/** The running total of business time over the windows (see BusinessCalendar). */
export function toCalendar(windows: [number, number][]): BusinessCalendar {
  const calendar: BusinessCalendar = { starts: [], totals: [], lengths: [] };
  let total = 0;
  for (const [start, end] of windows) {
    calendar.starts.push(start / 1000);
    calendar.totals.push(total);
    calendar.lengths.push((end - start) / 1000);
    total += (end - start) / 1000;
  }
  return calendar;
}

export function rangeDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = nextDate(day)) days.push(day);
  return days;
}

/**
 * A report's scope: supervisors only (agents and customers are refused), a supervisor limited to their teams in
 * the query, the range's local days in the desk's time zone and, with business hours, the calendar that counts them.
 */
export async function reportScope(actor: Actor, query: ReportQuery, now: Date) {
  const supervisor = requireSupervisor(actor);
  const prisma = await getPrisma();
  const { hours } = await loadSlaConfig(prisma);
  const timeZone = deskTimeZone(hours);
  const days = rangeDays(query.from, query.to);
  // Durations end as late as now: the calendar runs from the range's first day to after today.
  const today = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  const calendar =
    query.hours && hours ? toCalendar(businessWindows(hours, query.from, today > query.to ? today : query.to)) : null;
  const scope: FactsScope = {
    from: new Date(localMidnight(query.from, timeZone)),
    to: new Date(localMidnight(nextDate(query.to), timeZone)),
    now,
    dayStarts: days.map((day) => localMidnight(day, timeZone) / 1000),
    calendar,
    supervisorId: isAdmin(supervisor) ? null : supervisor.id,
    team: query.team ?? null,
  };
  return { scope, days, timeZone, businessHours: Boolean(calendar) };
}

/** The default range: the last 30 days up to today, in the desk's time zone. */
export async function defaultReportRange(now = new Date()) {
  const prisma = await getPrisma();
  const timeZone = deskTimeZone((await loadSlaConfig(prisma)).hours);
  const local = (instant: Date) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(instant);
  return { from: local(new Date(now.getTime() - 29 * 86_400_000)), to: local(now) };
}

/** The teams a report can be narrowed to: a supervisor's own, or every team for an admin. */
export async function findReportTeams({ actor, locale }: { actor: Actor; locale: string }) {
  const supervisor = requireSupervisor(actor);
  const prisma = await getPrisma();
  const teams = await prisma.team.findMany({
    where: isAdmin(supervisor) ? {} : { members: { some: { userId: supervisor.id } } },
    orderBy: { slug: "asc" },
    select: { id: true, name: true },
  });
  return teams.map((team) => ({ id: team.id, name: localizeJson(team.name, locale) }));
}
