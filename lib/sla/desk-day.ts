import { DESK_HOME_TIME_ZONE } from "@/lib/i18n/time-zones";
import type { BusinessHours } from "@/lib/sla/business-hours";

/** The desk's time zone: the business hours' when an admin set a schedule, else the desk's home (Shanghai). */
export function deskTimeZone(hours: BusinessHours): string {
  return hours?.timeZone ?? DESK_HOME_TIME_ZONE;
}

/** Midnight of `now`'s day in the time zone, as an instant. */
export function startOfDeskDay(now: Date, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(now)
      .map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offset = wall - Math.floor(now.getTime() / 1000) * 1000;
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day) - offset);
}
