import { getPrisma } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { rooms } from "@/lib/realtime/events";
import { publish } from "@/lib/realtime/publish";
import { findQueueEntries, queueOrder } from "./find-queue";

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
  const prisma = await getPrisma();
  const [entries, waiting] = await Promise.all([
    findQueueEntries(),
    prisma.conversation.findMany({
      where: { status: "QUEUED", assigneeId: null },
      orderBy: queueOrder,
      select: { id: true, customerId: true },
    }),
  ]);
  publish(rooms.agents, "queue.updated", { kind: "queue", entries });
  waiting.forEach((conversation, index) => {
    publish(rooms.user(conversation.customerId), "queue.updated", {
      kind: "position",
      conversationId: conversation.id,
      position: index + 1,
      estimatedWaitSeconds: null,
    });
  });
}
