// "Something the wallboard counts has changed." Tickets, routing and chats signal it without importing the wallboard
// (which sits above them: docs/architecture.md, the direction of imports); lib/services/chat-reactions.ts wires the
// wallboard's coalesced broadcast to it at start.
import { config } from "@/lib/config";
import { getIo } from "./publish";

/**
 * `work`: the change touches an agent's figures for the day (a reply, a close, a chat changing hands, a ticket), which
 * the board keeps in memory between pushes; `fromPeer`: another instance said so over the Redis adapter.
 */
export type BoardChange = { work: boolean; fromPeer: boolean };
/** May return the work it started (the wallboard's push), which `boardChanged` lets its caller wait for. */
type Listener = (change: BoardChange) => void | Promise<void>;

/** The inter-instance message (socket.io `serverSideEmit`) telling the others their day figures are stale. */
export const BOARD_WORK_EVENT = "board.work";

const store = globalThis as typeof globalThis & { __beaconBoardListeners?: Set<Listener> };
const listeners = () => (store.__beaconBoardListeners ??= new Set());

export function onBoardChange(listener: Listener): void {
  listeners().add(listener);
}

/** Settles when the boards this change moves have been pushed (callers that need not wait ignore it). */
export function boardChanged({ work = false }: { work?: boolean } = {}): Promise<void> {
  const pushes = [...listeners()].map((listener) => listener({ work, fromPeer: false }));
  // Only the Redis adapter has other instances to tell (the in-memory one warns on every call).
  if (work && config().REDIS_URL) getIo()?.serverSideEmit(BOARD_WORK_EVENT);
  return Promise.allSettled(pushes).then(() => undefined);
}

/** Another instance's `boardChanged({ work: true })`; that instance pushes the boards itself. */
export function boardWorkFromPeer(): void {
  for (const listener of listeners()) void listener({ work: true, fromPeer: true });
}
