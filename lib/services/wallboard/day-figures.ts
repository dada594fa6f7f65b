import { loadAgentDay, type AgentDay } from "./agent-figures";

/** Read again after this long whatever was signalled: what no signal covers is right within it. */
const RESYNC_MS = 15_000;

type Kept = { since: number; readAt: number; agents: Set<string>; day: Promise<AgentDay> };
// On globalThis: a reply handled in Next's bundle must reach the copy server.ts's broadcast reads.
const store = globalThis as typeof globalThis & { __beaconDayFigures?: Kept };

/**
 * The agents' figures for the day, as the live push uses them: read once and kept until a change to them is
 * signalled (`forgetDayFigures`: on this instance by boardChanged({ work: true }), from the others over the Redis
 * adapter), the day turns, or RESYNC_MS pass. Queue moves and status changes, most of a busy desk's events, leave
 * them alone.
 */
export function dayFigures(agentIds: string[], since: Date): Promise<AgentDay> {
  const kept = store.__beaconDayFigures;
  const now = Date.now();
  if (
    kept &&
    kept.since === since.getTime() &&
    now - kept.readAt < RESYNC_MS &&
    agentIds.every((id) => kept.agents.has(id))
  )
    return kept.day;
  const day = loadAgentDay(agentIds, since);
  const read = { since: since.getTime(), readAt: now, agents: new Set(agentIds), day };
  store.__beaconDayFigures = read;
  day.catch(() => {
    if (store.__beaconDayFigures === read) store.__beaconDayFigures = undefined;
  });
  return day;
}

export function forgetDayFigures(): void {
  store.__beaconDayFigures = undefined;
}
