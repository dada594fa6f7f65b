import { logger } from "@/lib/logger";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";
import { getPrisma } from "@/lib/db/client";
import { loadSlaConfig } from "@/lib/services/sla/sla-config";
import { nextStaffedAt } from "./get-presence";
import { findQueuePositions } from "./queue-positions";
import { findQueueEntries } from "./find-queue";
import { boardChanged } from "@/lib/realtime/board-signal";

const DELAY_MS = 250;
type State = { timer?: NodeJS.Timeout; running?: boolean; again?: boolean };
const store = globalThis as typeof globalThis & { __beaconQueueBroadcast?: State };

/**
 * Pushes the queue to every agent and each waiting customer their place in line. Bursts of changes (a surge of new
 * chats, a wave of accepts) are coalesced into one push every quarter second.
 */
export function scheduleQueueBroadcast(): void {
  const state = (store.__beaconQueueBroadcast ??= {});
  if (state.running) {
    state.again = true;
    return;
  }
  if (state.timer) return;
  state.timer = setTimeout(() => void run(state), DELAY_MS);
  state.timer.unref?.();
}

async function run(state: State): Promise<void> {
  state.timer = undefined;
  state.running = true;
  try {
    await broadcastQueue();
    // Every queue change moves the wallboard too (waiting, longest wait, estimates, agents' load).
    boardChanged();
  } catch (error) {
    logger.error({ err: error }, "queue broadcast failed");
  } finally {
    state.running = false;
    if (state.again) {
      state.again = false;
      scheduleQueueBroadcast();
    }
  }
}

async function broadcastQueue(): Promise<void> {
  const [entries, positions, sla] = await Promise.all([
    findQueueEntries(),
    findQueuePositions(),
    getPrisma().then(loadSlaConfig),
  ]);
  const next = positions.some((p) => p.eta.label === "unknown")
    ? (nextStaffedAt(new Date(), sla.hours)?.toISOString() ?? null)
    : null;
  publish(rooms.agents, "queue.updated", { kind: "queue", entries });
  for (const { conversationId, customerId, position, eta } of positions) {
    publish(rooms.user(customerId), "queue.updated", {
      kind: "position",
      conversationId,
      position,
      estimatedWaitSeconds: eta.seconds,
      wait: {
        label: eta.label,
        minutes: eta.minutes,
        overflow: eta.overflow,
        nextStaffedAt: eta.label === "unknown" ? next : null,
      },
    });
  }
}
