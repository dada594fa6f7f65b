import { describe, expect, it } from "vitest";
import { describeTimeZone, DESK_HOME_TIME_ZONE, isTimeZone, resolveTimeZone } from "@/lib/i18n/time-zones";

describe("the reader's time zone", () => {
  it("is the account's saved zone, else the browser's cookie, else the desk's home", () => {
    expect(resolveTimeZone({ saved: "Europe/Moscow", cookie: "UTC" })).toBe("Europe/Moscow");
    expect(resolveTimeZone({ saved: null, cookie: "America/New_York" })).toBe("America/New_York");
    expect(resolveTimeZone({})).toBe(DESK_HOME_TIME_ZONE);
  });

  it("ignores a zone the runtime does not know (a forged or stale cookie)", () => {
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(resolveTimeZone({ saved: "Mars/Olympus_Mons", cookie: "UTC" })).toBe("UTC");
    expect(resolveTimeZone({ cookie: "<script>" })).toBe(DESK_HOME_TIME_ZONE);
  });

  it("names a zone with its offset at the moment it is about", () => {
    const winter = new Date("2026-01-15T12:00:00Z");
    const summer = new Date("2026-07-15T12:00:00Z");
    expect(describeTimeZone("Europe/Moscow", "en", winter)).toBe("Europe/Moscow (GMT+3)");
    expect(describeTimeZone("Europe/Berlin", "en", winter)).toBe("Europe/Berlin (GMT+1)");
    expect(describeTimeZone("Europe/Berlin", "en", summer)).toBe("Europe/Berlin (GMT+2)");
    expect(describeTimeZone("UTC", "en", winter)).toBe("UTC");
  });
});
