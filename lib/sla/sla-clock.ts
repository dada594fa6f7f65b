// The SLA clock of one ticket, as pure functions of its fields: due times at creation, pause and resume (waiting
// for the customer, solved), first response, priority changes, and the running deadline with its at-risk time.
import { addBusinessMinutes, businessMinutesBetween, type BusinessHours } from "./business-hours";

export type SlaTargets = { firstResponseMinutes: number; resolutionMinutes: number };

export type SlaFields = {
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  solvedAt: Date | null;
  slaPausedAt: Date | null;
  slaDueAt: Date | null;
  slaAtRiskAt: Date | null;
};

/** At risk once less than this share of the target remains. */
export const AT_RISK_SHARE = 0.25;

/** Statuses whose clock stands still: waiting for the customer, solved (resumes on reopen), closed. */
export const PAUSED_STATUSES = ["PENDING", "SOLVED", "CLOSED"] as const;
export const clockRuns = (status: string) => !(PAUSED_STATUSES as readonly string[]).includes(status);

/** Due times for a ticket created at `createdAt` (none without a policy). */
export function startClock(createdAt: Date, targets: SlaTargets | null, hours: BusinessHours) {
  if (!targets) return { firstResponseDueAt: null, resolutionDueAt: null };
  return {
    firstResponseDueAt: addBusinessMinutes(createdAt, targets.firstResponseMinutes, hours),
    resolutionDueAt: addBusinessMinutes(createdAt, targets.resolutionMinutes, hours),
  };
}

/**
 * The running deadline (first response until answered, then resolution — the earlier unmet one) and the instant
 * when less than 25% of its target remains. Nothing runs while paused.
 */
export function runningDeadline(
  fields: Pick<SlaFields, "firstResponseDueAt" | "resolutionDueAt" | "firstRespondedAt" | "slaPausedAt">,
  status: string,
  targets: SlaTargets | null,
  hours: BusinessHours,
): { slaDueAt: Date | null; slaAtRiskAt: Date | null } {
  if (!targets || fields.slaPausedAt || !clockRuns(status)) return { slaDueAt: null, slaAtRiskAt: null };
  const candidates: { due: Date; minutes: number }[] = [];
  if (!fields.firstRespondedAt && fields.firstResponseDueAt) {
    candidates.push({ due: fields.firstResponseDueAt, minutes: targets.firstResponseMinutes });
  }
  if (fields.resolutionDueAt) candidates.push({ due: fields.resolutionDueAt, minutes: targets.resolutionMinutes });
  if (!candidates.length) return { slaDueAt: null, slaAtRiskAt: null };
  const next = candidates.reduce((a, b) => (b.due < a.due ? b : a));
  return { slaDueAt: next.due, slaAtRiskAt: addBusinessMinutes(next.due, -next.minutes * AT_RISK_SHARE, hours) };
}

/**
 * Resuming after a pause: each unmet deadline that had not passed when the clock stopped moves out by the business
 * time the pause lasted. A deadline already breached before the pause stays where it was (a breach is a breach).
 */
export function resumeClock(
  fields: Pick<SlaFields, "firstResponseDueAt" | "resolutionDueAt" | "firstRespondedAt" | "slaPausedAt">,
  at: Date,
  hours: BusinessHours,
): { firstResponseDueAt: Date | null; resolutionDueAt: Date | null; slaPausedAt: null } {
  const pausedAt = fields.slaPausedAt;
  const shift = (due: Date | null, met: boolean) => {
    if (!due || !pausedAt || met || due <= pausedAt) return due;
    return addBusinessMinutes(at, businessMinutesBetween(pausedAt, due, hours), hours);
  };
  return {
    firstResponseDueAt: shift(fields.firstResponseDueAt, Boolean(fields.firstRespondedAt)),
    resolutionDueAt: shift(fields.resolutionDueAt, false),
    slaPausedAt: null,
  };
}

/** A priority change moves each unmet deadline by the difference between the two targets. */
export function retarget(
  fields: Pick<SlaFields, "firstResponseDueAt" | "resolutionDueAt" | "firstRespondedAt">,
  createdAt: Date,
  from: SlaTargets | null,
  to: SlaTargets | null,
  hours: BusinessHours,
): { firstResponseDueAt: Date | null; resolutionDueAt: Date | null } {
  if (!to) return { firstResponseDueAt: null, resolutionDueAt: null };
  if (!from || !fields.resolutionDueAt) return startClock(createdAt, to, hours);
  const move = (due: Date | null, delta: number) => (due ? addBusinessMinutes(due, delta, hours) : null);
  return {
    firstResponseDueAt: fields.firstRespondedAt
      ? fields.firstResponseDueAt
      : move(fields.firstResponseDueAt, to.firstResponseMinutes - from.firstResponseMinutes),
    resolutionDueAt: move(fields.resolutionDueAt, to.resolutionMinutes - from.resolutionMinutes),
  };
}

export type SlaBadge = "ok" | "atRisk" | "breached" | "met" | "paused" | "none";

/** What to show for one target: met (or late), breached, at risk, paused, ok. */
export function targetBadge(input: {
  due: Date | null;
  doneAt: Date | null;
  minutes: number | null;
  pausedAt: Date | null;
  now: Date;
  hours: BusinessHours;
}): SlaBadge {
  const { due, doneAt, minutes, pausedAt, now, hours } = input;
  if (!due) return "none";
  if (doneAt) return doneAt <= due ? "met" : "breached";
  if (due <= (pausedAt ?? now)) return "breached";
  if (pausedAt) return "paused";
  if (minutes && addBusinessMinutes(due, -minutes * AT_RISK_SHARE, hours) <= now) return "atRisk";
  return "ok";
}
