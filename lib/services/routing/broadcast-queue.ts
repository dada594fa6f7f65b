import { coalesced } from "@/lib/jobs/coalesce";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";
import { getPrisma } from "@/lib/db/client";
import { loadSlaConfig } from "@/lib/services/sla/sla-config";
import { nextStaffedAt } from "./get-presence";
import { currentQueuePositions, type QueuePosition } from "./queue-positions";
import { findQueueEntries } from "./find-queue";
import { boardChanged } from "@/lib/realtime/board-signal";

/**
 * Pushes the queue to every agent and each waiting customer their place in line; every queue change moves the
 * wallboard too (waiting, longest wait, estimates, agents' load). Bursts are coalesced into one push a quarter second.
 */
export const scheduleQueueBroadcast = coalesced("queue", 250, async () => {
  // The positions are computed once for both pushes (the board shows the estimate its customers are told).
  const positions = currentQueuePositions();
  // The board goes first: the agents' list and every waiting customer's place (thousands of pushes, and the list's
  // read) wait for its push, but never longer than BOARD_FIRST_MS.
  const board = boardChanged();
  await Promise.race([board, new Promise((resolve) => setTimeout(resolve, BOARD_FIRST_MS).unref?.())]);
  await broadcastQueue(positions);
});

/** How long the queue's own pushes wait for the wallboard's to go out first. */
const BOARD_FIRST_MS = 150;

async function broadcastQueue(known: Promise<QueuePosition[]>): Promise<void> {
  const [entries, positions, sla] = await Promise.all([findQueueEntries(), known, getPrisma().then(loadSlaConfig)]);
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
