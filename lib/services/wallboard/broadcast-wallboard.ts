import { coalesced } from "@/lib/jobs/coalesce";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";
import { currentQueuePositions } from "@/lib/services/routing/queue-positions";
import { dayFigures } from "./day-figures";
import { buildWallboard } from "./get-wallboard";

/**
 * Pushes every team's board to the supervisors watching it (room `wallboard:<teamId>`). Called after whatever moves a
 * figure — the queue broadcast (chats queued, taken, moved, closed; agents' status), ticket changes and breaches, agents'
 * replies — and coalesced like the queue's: one computation every quarter second at most, whatever the burst.
 */
export const scheduleWallboardBroadcast = coalesced("wallboard", 250, async () => {
  const board = await buildWallboard({
    scope: {},
    now: new Date(),
    positions: currentQueuePositions(),
    readDay: dayFigures,
  });
  for (const team of board.teams) publish(rooms.wallboard(team.id), "wallboard.team.updated", { team });
});
