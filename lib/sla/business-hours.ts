// SLA clocks run on business hours: 24/7 by default, or a weekly schedule in one time zone (Setting
// "sla.businessHours"). Everything here is pure arithmetic on instants, so it is unit-tested without a database.

/** Minutes after local midnight: [start, end) per weekday (0 = Sunday … 6 = Saturday), null for a day off. */
export type WeeklySchedule = { timeZone: string; days: ([number, number] | null)[] };

/** null means around the clock. */
export type BusinessHours = WeeklySchedule | null;

const MINUTE = 60_000;
const MAX_DAYS = 3660;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, found);
  }
  return found;
}

type LocalDate = { y: number; m: number; d: number };

function localParts(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return { y: parts.year, m: parts.month, d: parts.day, h: parts.hour % 24, mi: parts.minute, s: parts.second };
}

/** How far the zone's wall clock is ahead of UTC at this instant. */
function offsetAt(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const wall = Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the zone's wall clock shows this local date and minute of the day. */
function localInstant({ y, m, d }: LocalDate, minuteOfDay: number, timeZone: string): number {
  const wall = Date.UTC(y, m - 1, d) + minuteOfDay * MINUTE;
  let instant = wall - offsetAt(wall, timeZone);
  const corrected = wall - offsetAt(instant, timeZone);
  if (corrected !== instant) instant = corrected;
  return instant;
}

const addDays = ({ y, m, d }: LocalDate, days: number): LocalDate => {
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return { y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate() };
};

/** The working window of one local day, as instants, or null on a day off. */
function windowOf(day: LocalDate, schedule: WeeklySchedule): [number, number] | null {
  const weekday = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  const hours = schedule.days[weekday];
  if (!hours || hours[1] <= hours[0]) return null;
  return [localInstant(day, hours[0], schedule.timeZone), localInstant(day, hours[1], schedule.timeZone)];
}

const hasWorkingTime = (schedule: WeeklySchedule) => schedule.days.some((day) => day && day[1] > day[0]);

/** The instant `minutes` of business time after `from` (before it, when negative). */
export function addBusinessMinutes(from: Date, minutes: number, hours: BusinessHours = null): Date {
  if (!hours || !hasWorkingTime(hours)) return new Date(from.getTime() + Math.round(minutes * MINUTE));
  let remaining = Math.round(Math.abs(minutes) * MINUTE);
  const forward = minutes >= 0;
  const cursor = from.getTime();
  const p = localParts(cursor, hours.timeZone);
  let day: LocalDate = { y: p.y, m: p.m, d: p.d };
  // Start one day back (forward) or ahead (backward): a window may straddle midnight in UTC terms.
  day = addDays(day, forward ? -1 : 1);
  for (let i = 0; i < MAX_DAYS; i++, day = addDays(day, forward ? 1 : -1)) {
    const window = windowOf(day, hours);
    if (!window) continue;
    const [start, end] = window;
    if (forward) {
      if (end <= cursor) continue;
      const from = Math.max(start, cursor);
      if (end - from >= remaining) return new Date(from + remaining);
      remaining -= end - from;
    } else {
      if (start >= cursor) continue;
      const to = Math.min(end, cursor);
      if (to - start >= remaining) return new Date(to - remaining);
      remaining -= to - start;
    }
  }
  throw new Error("Business hours leave no working time within ten years");
}

/** Business minutes from `a` to `b` (negative when `b` is earlier). */
export function businessMinutesBetween(a: Date, b: Date, hours: BusinessHours = null): number {
  if (b < a) return -businessMinutesBetween(b, a, hours);
  if (!hours || !hasWorkingTime(hours)) return (b.getTime() - a.getTime()) / MINUTE;
  const start = a.getTime();
  const end = b.getTime();
  const p = localParts(start, hours.timeZone);
  let day = addDays({ y: p.y, m: p.m, d: p.d }, -1);
  let total = 0;
  for (let i = 0; i < MAX_DAYS; i++, day = addDays(day, 1)) {
    const window = windowOf(day, hours);
    if (!window) continue;
    if (window[0] >= end) break;
    total += Math.max(0, Math.min(window[1], end) - Math.max(window[0], start));
  }
  return total / MINUTE;
}

/** The instant of local midnight of `date` (YYYY-MM-DD) in the time zone. */
export function localMidnight(date: string, timeZone: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return localInstant({ y, m, d }, 0, timeZone);
}

/** The working windows, as instants, of every local day from `from` to `to` (YYYY-MM-DD, inclusive), in order. */
export function businessWindows(schedule: WeeklySchedule, from: string, to: string): [number, number][] {
  const [y, m, d] = from.split("-").map(Number);
  const windows: [number, number][] = [];
  for (let day: LocalDate = { y, m, d }, i = 0; i < MAX_DAYS; i++, day = addDays(day, 1)) {
    const key = `${day.y}-${String(day.m).padStart(2, "0")}-${String(day.d).padStart(2, "0")}`;
    if (key > to) break;
    const window = windowOf(day, schedule);
    if (window) windows.push(window);
  }
  return windows;
}

/** The next local date after `date` (YYYY-MM-DD). */
export function nextDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
