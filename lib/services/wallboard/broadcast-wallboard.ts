import { logger } from "@/lib/logger";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";
import { buildWallboard } from "./get-wallboard";

const DELAY_MS = 250;
type State = { timer?: NodeJS.Timeout; running?: boolean; again?: boolean };
const store = globalThis as typeof globalThis & { __beaconWallboardBroadcast?: State };

/**
 * Pushes every team's board to the supervisors watching it (room `wallboard:<teamId>`). Called after whatever moves a
 * figure — the queue broadcast (chats queued, taken, moved, closed; agents' status), ticket changes and breaches, agents'
 * replies — and coalesced like the queue's: one computation every quarter second at most, whatever the burst.
 */
export function scheduleWallboardBroadcast(): void {
  const state = (store.__beaconWallboardBroadcast ??= {});
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
    const board = await buildWallboard({ where: {}, now: new Date() });
    for (const team of board.teams) publish(rooms.wallboard(team.id), "wallboard.team.updated", { team });
  } catch (error) {
    logger.error({ err: error }, "wallboard broadcast failed");
  } finally {
    state.running = false;
    if (state.again) {
      state.again = false;
      scheduleWallboardBroadcast();
    }
  }
}
