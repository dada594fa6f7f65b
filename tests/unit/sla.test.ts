import { describe, expect, it } from "vitest";
import { addBusinessMinutes, businessMinutesBetween, type WeeklySchedule } from "@/lib/sla/business-hours";
import { resumeClock, retarget, runningDeadline, startClock, targetBadge } from "@/lib/sla/sla-clock";

const at = (iso: string) => new Date(iso);
const NORMAL = { firstResponseMinutes: 120, resolutionMinutes: 24 * 60 };
const URGENT = { firstResponseMinutes: 5, resolutionMinutes: 4 * 60 };

// Mon–Fri 09:00–18:00 in Shanghai (UTC+8, no daylight saving).
const OFFICE: WeeklySchedule = {
  timeZone: "Asia/Shanghai",
  days: [null, [540, 1080], [540, 1080], [540, 1080], [540, 1080], [540, 1080], null],
};

describe("SLA arithmetic on 24/7 hours", () => {
  it("sets first response and resolution due from creation", () => {
    const dues = startClock(at("2026-03-02T10:00:00Z"), NORMAL, null);
    expect(dues.firstResponseDueAt).toEqual(at("2026-03-02T12:00:00Z"));
    expect(dues.resolutionDueAt).toEqual(at("2026-03-03T10:00:00Z"));
  });

  it("runs the first-response clock until answered, then resolution; at risk with under 25% left", () => {
    const dues = startClock(at("2026-03-02T10:00:00Z"), NORMAL, null);
    const first = runningDeadline({ ...dues, firstRespondedAt: null, slaPausedAt: null }, "NEW", NORMAL, null);
    expect(first.slaDueAt).toEqual(at("2026-03-02T12:00:00Z"));
    expect(first.slaAtRiskAt).toEqual(at("2026-03-02T11:30:00Z")); // 30 of 120 minutes left
    const answered = runningDeadline(
      { ...dues, firstRespondedAt: at("2026-03-02T10:30:00Z"), slaPausedAt: null },
      "OPEN",
      NORMAL,
      null,
    );
    expect(answered.slaDueAt).toEqual(at("2026-03-03T10:00:00Z"));
    expect(answered.slaAtRiskAt).toEqual(at("2026-03-03T04:00:00Z")); // 6 of 24 hours left
  });

  it("stops the clock while waiting for the customer and moves unmet deadlines by the pause", () => {
    const dues = startClock(at("2026-03-02T10:00:00Z"), NORMAL, null);
    const paused = { ...dues, firstRespondedAt: at("2026-03-02T10:20:00Z"), slaPausedAt: at("2026-03-02T11:00:00Z") };
    expect(runningDeadline(paused, "PENDING", NORMAL, null)).toEqual({ slaDueAt: null, slaAtRiskAt: null });
    // The customer answers 5 hours later: resolution moves 5 hours; the met first response stays.
    const resumed = resumeClock(paused, at("2026-03-02T16:00:00Z"), null);
    expect(resumed.resolutionDueAt).toEqual(at("2026-03-03T15:00:00Z"));
    expect(resumed.firstResponseDueAt).toEqual(dues.firstResponseDueAt);
    expect(resumed.slaPausedAt).toBeNull();
  });

  it("adds up several pauses", () => {
    const start = startClock(at("2026-03-02T10:00:00Z"), NORMAL, null);
    let fields: {
      firstResponseDueAt: Date | null;
      resolutionDueAt: Date | null;
      firstRespondedAt: Date;
      slaPausedAt: Date | null;
    } = {
      ...start,
      firstRespondedAt: at("2026-03-02T10:10:00Z"),
      slaPausedAt: null,
    };
    for (const [pause, resume] of [
      ["2026-03-02T11:00:00Z", "2026-03-02T12:00:00Z"],
      ["2026-03-02T13:00:00Z", "2026-03-02T15:30:00Z"],
    ]) {
      fields = { ...fields, slaPausedAt: at(pause) };
      fields = { ...fields, ...resumeClock(fields, at(resume), null) };
    }
    expect(fields.resolutionDueAt).toEqual(at("2026-03-03T13:30:00Z")); // 1 h + 2.5 h of waiting
  });

  it("keeps a deadline that was already breached before the pause where it was", () => {
    const dues = startClock(at("2026-03-02T10:00:00Z"), URGENT, null);
    const paused = { ...dues, firstRespondedAt: null, slaPausedAt: at("2026-03-02T10:30:00Z") }; // first response due 10:05
    const resumed = resumeClock(paused, at("2026-03-02T12:00:00Z"), null);
    expect(resumed.firstResponseDueAt).toEqual(at("2026-03-02T10:05:00Z"));
    expect(resumed.resolutionDueAt).toEqual(at("2026-03-02T15:30:00Z"));
  });

  it("moves unmet deadlines by the difference when the priority changes", () => {
    const created = at("2026-03-02T10:00:00Z");
    const dues = startClock(created, NORMAL, null);
    const moved = retarget({ ...dues, firstRespondedAt: null }, created, NORMAL, URGENT, null);
    expect(moved.firstResponseDueAt).toEqual(at("2026-03-02T10:05:00Z"));
    expect(moved.resolutionDueAt).toEqual(at("2026-03-02T14:00:00Z"));
  });

  it("badges: ok, at risk, breached, met, paused", () => {
    const due = at("2026-03-02T12:00:00Z");
    const badge = (now: string, extra: Partial<Parameters<typeof targetBadge>[0]> = {}) =>
      targetBadge({ due, doneAt: null, minutes: 120, pausedAt: null, now: at(now), hours: null, ...extra });
    expect(badge("2026-03-02T11:00:00Z")).toBe("ok");
    expect(badge("2026-03-02T11:31:00Z")).toBe("atRisk");
    expect(badge("2026-03-02T12:00:01Z")).toBe("breached");
    expect(badge("2026-03-02T13:00:00Z", { doneAt: at("2026-03-02T11:59:00Z") })).toBe("met");
    expect(badge("2026-03-02T13:00:00Z", { doneAt: at("2026-03-02T12:01:00Z") })).toBe("breached");
    expect(badge("2026-03-02T13:00:00Z", { pausedAt: at("2026-03-02T11:00:00Z") })).toBe("paused");
  });
});

describe("SLA arithmetic on business hours", () => {
  it("counts only working time, skipping nights and weekends", () => {
    // Friday 17:00 Shanghai (09:00Z) + 2 h → Monday 10:00 Shanghai (02:00Z).
    expect(addBusinessMinutes(at("2026-03-06T09:00:00Z"), 120, OFFICE)).toEqual(at("2026-03-09T02:00:00Z"));
    // Created on Saturday: the clock starts Monday 09:00.
    expect(addBusinessMinutes(at("2026-03-07T03:00:00Z"), 30, OFFICE)).toEqual(at("2026-03-09T01:30:00Z"));
    expect(businessMinutesBetween(at("2026-03-06T09:00:00Z"), at("2026-03-09T02:00:00Z"), OFFICE)).toBe(120);
  });

  it("goes backwards too (the at-risk point of a deadline)", () => {
    expect(addBusinessMinutes(at("2026-03-09T02:00:00Z"), -120, OFFICE)).toEqual(at("2026-03-06T09:00:00Z"));
  });

  it("moves deadlines by the working time a pause took", () => {
    const created = at("2026-03-06T08:00:00Z"); // Friday 16:00 Shanghai
    const dues = startClock(created, NORMAL, OFFICE);
    expect(dues.firstResponseDueAt).toEqual(at("2026-03-06T10:00:00Z")); // Friday 18:00
    // Waiting for the customer from Friday 16:30 to Monday 10:00 Shanghai: 1.5 h + 1 h of working time.
    const resumed = resumeClock(
      { ...dues, firstRespondedAt: null, slaPausedAt: at("2026-03-06T08:30:00Z") },
      at("2026-03-09T02:00:00Z"),
      OFFICE,
    );
    // 90 minutes were left at the pause: Monday 10:00 + 90 min = 11:30 Shanghai.
    expect(resumed.firstResponseDueAt).toEqual(at("2026-03-09T03:30:00Z"));
  });

  it("handles a zone with daylight saving (New York, March change)", () => {
    const ny: WeeklySchedule = {
      timeZone: "America/New_York",
      days: [null, [540, 1020], [540, 1020], [540, 1020], [540, 1020], [540, 1020], null],
    };
    // Friday 2026-03-06 16:00 EST (21:00Z) + 120 min → Monday 2026-03-09 10:00 EDT (14:00Z).
    expect(addBusinessMinutes(at("2026-03-06T21:00:00Z"), 120, ny)).toEqual(at("2026-03-09T14:00:00Z"));
  });
});
