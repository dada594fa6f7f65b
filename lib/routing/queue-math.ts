import type { WaitLabel } from "@/lib/contracts/routing";
/** Queue order and the honest wait estimate. Pure functions, unit-tested; the services feed them rows and settings. */

export type Priority = "LOW" | "NORMAL" | "HIGH" | "URGENT";

export type RoutingSettings = {
  /** Points per priority class: one class apart = this many points. */
  priorityPoints: Record<Priority, number>;
  /** Points per VIP level (0–5). */
  vipPoints: number;
  /** Aging: points gained per minute waited, so that no one starves. */
  agingPointsPerMinute: number;
  /** After this wait a chat may also go to the general team. */
  widenAfterSeconds: number;
  /** Past this estimate the customer is told "longer than usual". */
  longerThanUsualSeconds: number;
  /** Past this estimate (or with nobody of the team online) the customer is offered to leave a message. */
  overflowSeconds: number;
  /** Handle time assumed until there are closed chats to measure. */
  defaultHandleSeconds: number;
  /** The bot answers only with a match score (0–5) at least this high. */
  botMinScore: number;
};

export const DEFAULT_ROUTING: RoutingSettings = {
  priorityPoints: { LOW: 0, NORMAL: 100, HIGH: 200, URGENT: 400 },
  vipPoints: 20,
  agingPointsPerMinute: 10,
  widenAfterSeconds: 120,
  longerThanUsualSeconds: 600,
  overflowSeconds: 900,
  defaultHandleSeconds: 300,
  botMinScore: 1.25,
};

export type Waiting = { id: string; priority: Priority; vipLevel: number; queuedAt: Date };

/** Higher = served sooner. Priority and VIP set the start; every minute waited adds points (aging). */
export function queueScore(entry: Waiting, now: Date, settings: RoutingSettings = DEFAULT_ROUTING): number {
  const waitedMinutes = Math.max(0, now.getTime() - entry.queuedAt.getTime()) / 60_000;
  return (
    settings.priorityPoints[entry.priority] +
    settings.vipPoints * Math.min(Math.max(entry.vipLevel, 0), 5) +
    settings.agingPointsPerMinute * waitedMinutes
  );
}

/** The queue in serving order: highest score first, then longest waiting, then id (stable across instances). */
export function orderQueue<T extends Waiting>(
  entries: T[],
  now: Date,
  settings: RoutingSettings = DEFAULT_ROUTING,
): T[] {
  return entries
    .map((entry) => ({ entry, score: queueScore(entry, now, settings) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.entry.queuedAt.getTime() - b.entry.queuedAt.getTime() ||
        (a.entry.id < b.entry.id ? -1 : 1),
    )
    .map(({ entry }) => entry);
}

export type EtaInput = {
  /** 1 = next in line (among chats this team's agents can take). */
  position: number;
  /** Slots (maxConcurrentChats) of online agents who can take the chat. */
  totalSlots: number;
  /** Of those, free right now. */
  freeSlots: number;
  /** Rolling average handle time of recently closed chats, seconds (null = none measured yet). */
  averageHandleSeconds: number | null;
  /** Recent arrivals per second who would be served before this chat (they will cut in while it waits). */
  overtakePerSecond?: number;
};

export type Eta = {
  seconds: number | null;
  label: WaitLabel;
  minutes: number | null;
  overflow: boolean;
};

/**
 * Each slot frees up about once per handle time, so the line moves at totalSlots / handle chats per second. To not
 * promise less than the truth, we count one release more than needed (handle times vary) and add 50% for arrivals
 * with higher priority who will overtake; customers see it rounded up to the minute. bench:queue measures the error.
 */
export function estimateWait(input: EtaInput, settings: RoutingSettings = DEFAULT_ROUTING): Eta {
  if (input.totalSlots <= 0) return { seconds: null, label: "unknown", minutes: null, overflow: true };
  const ahead = Math.max(0, input.position - input.freeSlots);
  if (ahead === 0) return { seconds: 0, label: "soon", minutes: null, overflow: false };
  const handle = input.averageHandleSeconds ?? settings.defaultHandleSeconds;
  // The line serves totalSlots / handle chats a second; those who cut in take their share of it (W = n / (μ − λ)).
  const served = input.totalSlots / handle;
  const net = Math.max(served - (input.overtakePerSecond ?? 0), served / 10);
  const seconds = Math.ceil(((ahead + 1) / net) * 1.5);
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const overflow = seconds > settings.overflowSeconds;
  if (seconds > settings.longerThanUsualSeconds) return { seconds, label: "longer", minutes, overflow };
  return { seconds, label: "minutes", minutes, overflow };
}
