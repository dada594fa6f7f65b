/**
 * Time zones: every reader sees times in their own zone. A signed-in account keeps one (taken from the browser on
 * the first visit, editable on the account page); a visitor's browser sets a cookie. Until either is known, times are
 * shown in the desk's home zone, which is also where business hours are kept.
 */
export const DESK_HOME_TIME_ZONE = "Asia/Shanghai";
export const TIME_ZONE_COOKIE = "BEACON_TZ";

/** An IANA zone name the runtime knows ("Europe/Moscow", "UTC"). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The reader's zone: the account's saved one, else the browser's (cookie), else the desk's home. */
export function resolveTimeZone({ saved, cookie }: { saved?: string | null; cookie?: string | null }): string {
  if (isTimeZone(saved)) return saved;
  if (isTimeZone(cookie)) return cookie;
  return DESK_HOME_TIME_ZONE;
}

/** "Europe/Moscow (GMT+3)": a zone as a reader recognises it, for the places where a time could be ambiguous. */
export function describeTimeZone(timeZone: string, locale: string, at = new Date()): string {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return "UTC";
  const offset = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  return offset ? `${timeZone} (${offset})` : timeZone;
}
